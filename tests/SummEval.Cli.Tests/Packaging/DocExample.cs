using System.Text;
using System.Text.RegularExpressions;

namespace SummEval.Cli.Tests.Packaging;

/// <summary>
/// A C# block of a docs page with the <c>Output</c> block under it. Each block is a complete top-level program; to put
/// several in one consumer project, <see cref="ToSourceFile"/> makes it one method: its <c>using</c> directives on top,
/// its statements in <c>RunAsync</c>, the types it declares at its end after that method.
/// </summary>
public sealed partial record DocExample(int Number, int Line, string Code, string Output)
{
    /// <summary>The examples of a Markdown page, in page order; a C# block without an Output block is an error.</summary>
    public static IReadOnlyList<DocExample> Read(string markdownPath)
    {
        var lines = File.ReadAllLines(markdownPath);
        var examples = new List<DocExample>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i] != "```csharp")
            {
                continue;
            }

            var start = i + 1;
            var code = Block(lines, ref i);
            var next = i + 1;
            while (next < lines.Length && (lines[next].Trim().Length == 0 || lines[next] == "Output:"))
            {
                next++;
            }

            if (next >= lines.Length || lines[next] != "```text")
            {
                throw new InvalidDataException($"{markdownPath}:{start}: a C# example without an Output block (```text) under it.");
            }

            i = next;
            examples.Add(new DocExample(examples.Count + 1, start, code, Block(lines, ref i)));
        }

        return examples;
    }

    /// <summary>The class that runs this example: <c>DocExampleN.Example.RunAsync()</c>.</summary>
    public string EntryPoint => $"DocExample{Number}.Example.RunAsync";

    /// <summary>This example as a source file of a project holding all of them.</summary>
    public string ToSourceFile()
    {
        var lines = Code.Split('\n');
        var i = 0;
        var usings = new List<string>();
        while (i < lines.Length && (UsingDirective().IsMatch(lines[i]) || lines[i].Trim().Length == 0))
        {
            usings.Add(lines[i++]);
        }

        var types = Array.FindIndex(lines, i, l => TypeDeclaration().IsMatch(l));
        var body = lines[i..(types < 0 ? lines.Length : types)];
        var file = new StringBuilder();
        file.AppendLine($"// docs example {Number} (line {Line})");
        usings.ForEach(u => file.AppendLine(u));
        file.AppendLine($"namespace DocExample{Number};").AppendLine();
        file.AppendLine("public static class Example").AppendLine("{").AppendLine("    public static async Task RunAsync()").AppendLine("    {");
        foreach (var line in body)
        {
            file.AppendLine(line.Length == 0 ? "" : "        " + line);
        }

        file.AppendLine("        await Task.CompletedTask;").AppendLine("    }").AppendLine("}").AppendLine();
        foreach (var line in types < 0 ? [] : lines[types..])
        {
            file.AppendLine(line);
        }

        return file.ToString();
    }

    private static string Block(string[] lines, ref int i)
    {
        var block = new List<string>();
        for (i++; i < lines.Length && lines[i] != "```"; i++)
        {
            block.Add(lines[i]);
        }

        return string.Join('\n', block);
    }

    [GeneratedRegex(@"^using (static )?[A-Za-z_][\w.]*( = [\w.<>]+)?;\s*$")]
    private static partial Regex UsingDirective();

    [GeneratedRegex(@"^((public|internal|file|sealed|static|abstract|partial) )*(class|record|struct|interface|enum) ")]
    private static partial Regex TypeDeclaration();
}
