using SummEval.Reports.Html;
using Xunit;

namespace SummEval.Evaluation.Tests.Reports;

public class RenderSmokeTests
{
    [Fact]
    public void Writes_sample_for_inspection()
    {
        var dir = Environment.GetEnvironmentVariable("SUMMEVAL_REPORT_DUMP");
        if (dir is null)
        {
            return;
        }

        HtmlReportWriter.Write(Path.Combine(dir, "small.html"), ReportSamples.Small());
        HtmlReportWriter.Write(Path.Combine(dir, "hostile.html"), ReportSamples.HostileModel());
        HtmlReportWriter.Write(Path.Combine(dir, "large.html"), ReportSamples.Large(1000, 8));
    }
}
