using SummEval.OpenAI.FineTuning;
using SummEval.OpenAI.Resilience;

namespace SummEval.OpenAI.Tests.FineTuning;

public sealed class FineTuningServiceTests
{
    [Fact]
    public async Task Upload_create_follow_to_success_and_download_results()
    {
        await using var ctx = new OpenAITestContext();
        var path = Path.Combine(ctx.Folder, "train.jsonl");
        await File.WriteAllTextAsync(path, "{\"prompt\":\"文本 ->\",\"completion\":\" 摘要\\n\"}\n");
        var service = new FineTuningService(new OpenAIConnection(new Uri(ctx.Server.BaseUrl), ctx.Server.ApiKey) { BaseDelay = TimeSpan.FromMilliseconds(10) });

        string fileId;
        try
        {
            fileId = await service.UploadAsync(path);
        }
        catch (Exception)
        {
            throw new Xunit.Sdk.XunitException(string.Join("\n", ctx.Server.Requests.Select(r => $"{r.Method} {r.Path} {r.Body}")));
        }

        var job = await service.CreateAsync(fileId, "gpt-4o-mini-2024-07-18", "csl", 2);
        var seen = new HashSet<string>();
        var events = new List<FineTuningEvent>();
        while (!(job = await service.GetAsync(job.Id)).IsFinished)
        {
            events.AddRange(await service.NewEventsAsync(job.Id, seen));
        }

        events.AddRange(await service.NewEventsAsync(job.Id, seen));
        Assert.Equal("succeeded", job.Status);
        Assert.StartsWith("ft:gpt-4o-mini-2024-07-18:summeval:csl:", job.FineTunedModel);
        Assert.Equal(events.Count, events.Select(e => e.Id).Distinct().Count());
        Assert.Equal([1, 2, 3, 4], events.Where(e => e.Step is not null).Select(e => e.Step!.Value));
        var csv = await service.DownloadTextAsync(job.ResultFiles[0]);
        Assert.StartsWith("step,train_loss", csv);
    }
}
