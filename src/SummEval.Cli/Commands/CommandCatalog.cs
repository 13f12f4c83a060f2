using System.CommandLine;

namespace SummEval.Cli.Commands;

/// <summary>Every top-level <c>summeval</c> command; each lives in its own file in this folder.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Create()
    {
        yield return ListCommand.Create();
        yield return SummarizeCommand.Create();
        yield return RunCommand.Create();
        yield return MergeCommand.Create();
        yield return CheckCommand.Create();
        yield return CompareCommand.Create();
        yield return BaselineCommand.Create();
        yield return ScoreCommand.Create();
        yield return DataCommand.Create();
        yield return SegmentCommand.Create();
        yield return KeywordsCommand.Create();
        yield return FinetuneCommand.Create();
        yield return GenerateCommand.Create();
        yield return TrainCommand.Create();
    }
}
