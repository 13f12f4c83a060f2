using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using SummEval.Evaluation.Tests.Reports;
using SummEval.Testing;
using Xunit;
using Xunit.Abstractions;

namespace SummEval.Cli.Tests.Regression;

/// <summary>
/// The paired regression gate on real runs over CSL test: a real drop fails under both rules and is explained, sampling
/// noise passes under the default rule, identical runs pass, a broken budget fails on adherence; and the CI formats.
/// </summary>
public sealed class RegressionGateTests(CslRegressionRuns runs, ITestOutputHelper output) : IClassFixture<CslRegressionRuns>
{
    private const int Degraded = 60;

    // The common JUnit XML format as GitLab, Azure DevOps, Jenkins and the GitHub reporters read it: testsuites >
    // testsuite (name, tests, failures, errors required) > properties, testcase (name required) > failure/error/skipped.
    private const string JUnitXsd = """
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" elementFormDefault="qualified">
          <xs:complexType name="outcome" mixed="true">
            <xs:attribute name="message" type="xs:string"/>
            <xs:attribute name="type" type="xs:string"/>
          </xs:complexType>
          <xs:simpleType name="seconds"><xs:restriction base="xs:decimal"><xs:minInclusive value="0"/></xs:restriction></xs:simpleType>
          <xs:element name="testsuites">
            <xs:complexType>
              <xs:sequence><xs:element ref="testsuite" minOccurs="0" maxOccurs="unbounded"/></xs:sequence>
              <xs:attribute name="name" type="xs:string"/>
              <xs:attribute name="tests" type="xs:nonNegativeInteger"/>
              <xs:attribute name="failures" type="xs:nonNegativeInteger"/>
              <xs:attribute name="errors" type="xs:nonNegativeInteger"/>
              <xs:attribute name="time" type="seconds"/>
            </xs:complexType>
          </xs:element>
          <xs:element name="testsuite">
            <xs:complexType>
              <xs:sequence>
                <xs:element name="properties" minOccurs="0">
                  <xs:complexType><xs:sequence>
                    <xs:element name="property" minOccurs="0" maxOccurs="unbounded">
                      <xs:complexType>
                        <xs:attribute name="name" type="xs:string" use="required"/>
                        <xs:attribute name="value" type="xs:string" use="required"/>
                      </xs:complexType>
                    </xs:element>
                  </xs:sequence></xs:complexType>
                </xs:element>
                <xs:element name="testcase" minOccurs="0" maxOccurs="unbounded">
                  <xs:complexType>
                    <xs:choice minOccurs="0" maxOccurs="unbounded">
                      <xs:element name="failure" type="outcome"/>
                      <xs:element name="error" type="outcome"/>
                      <xs:element name="skipped" type="outcome"/>
                      <xs:element name="system-out" type="xs:string"/>
                      <xs:element name="system-err" type="xs:string"/>
                    </xs:choice>
                    <xs:attribute name="name" type="xs:string" use="required"/>
                    <xs:attribute name="classname" type="xs:string"/>
                    <xs:attribute name="time" type="seconds"/>
                  </xs:complexType>
                </xs:element>
                <xs:element name="system-out" type="xs:string" minOccurs="0"/>
                <xs:element name="system-err" type="xs:string" minOccurs="0"/>
              </xs:sequence>
              <xs:attribute name="name" type="xs:string" use="required"/>
              <xs:attribute name="tests" type="xs:nonNegativeInteger" use="required"/>
              <xs:attribute name="failures" type="xs:nonNegativeInteger" use="required"/>
              <xs:attribute name="errors" type="xs:nonNegativeInteger" use="required"/>
              <xs:attribute name="skipped" type="xs:nonNegativeInteger"/>
              <xs:attribute name="time" type="seconds"/>
              <xs:attribute name="timestamp" type="xs:dateTime"/>
              <xs:attribute name="hostname" type="xs:string"/>
            </xs:complexType>
          </xs:element>
        </xs:schema>
        """;

    private Task<string> Baseline() => runs.RunAsync("lead-1", r => r.Lead1With(new HashSet<string>(), _ => null));

    // The last 20 characters of the abstract: a real summary of the wrong part of the text, as a broken selection step would give.
    private Task<string> DegradedRun() => runs.RunAsync("degraded", r => r.Lead1With(r.Pick(Degraded, 60), d => d.Source[^Math.Min(20, d.Source.Length)..]));

    [SharedFact]
    public async Task A_summarizer_degraded_on_60_documents_fails_under_both_rules_and_the_report_lists_them_first()
    {
        var reference = await runs.ReferenceAsync();
        var degradedIds = reference.Pick(Degraded, 60);
        var baseline = await Baseline();
        var current = await DegradedRun();
        var report = Path.Combine(runs.Folder, "degraded-report");

        var significant = await CliRunner.RunAsync("check", "--baseline", baseline, "--current", current, "--report", report, "--dataset", CslRegressionRuns.DatasetPath);
        output.WriteLine(significant.ToString());
        Assert.Equal(1, significant.ExitCode);
        Assert.Matches(@"file:path=sys\.jsonl\s+rougeL\s+0\.\d{4}\s+0\.\d{4}\s+-0\.0\d{3}\s+\[-0\.\d{4}, -0\.\d{4}\]\s+0\.0001\s+REGRESSED", significant.Stdout);
        var drop = await CliRunner.RunAsync("check", "--baseline", baseline, "--current", current, "--fail-on", "drop");
        Assert.Equal(1, drop.ExitCode);
        Assert.Contains("REGRESSION: 'file:path=sys.jsonl' rougeL", drop.Stdout);

        // The report explains the drop with the very documents that were degraded, worst first, with their texts.
        var markdown = await File.ReadAllTextAsync(Path.Combine(report, "regression.md"));
        var listed = Regex.Matches(markdown, @"^#### \d+\. `([^`]+)`: ROUGE-L (\d\.\d{4}) → (\d\.\d{4}) \((-\d\.\d{4})\)", RegexOptions.Multiline)
            .Select(m => (Id: m.Groups[1].Value, Loss: double.Parse(m.Groups[4].Value, System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(25, listed.Count);
        Assert.All(listed, l => Assert.Contains(l.Id, degradedIds));
        Assert.Equal(listed.OrderBy(l => l.Loss).Select(l => l.Id), listed.Select(l => l.Id));
        var first = reference.Documents.First(d => d.Id == listed[0].Id);
        Assert.Contains("- source: " + first.Source[..30], markdown);
        Assert.Contains("- reference: " + first.References[0], markdown);
        Assert.Contains("- before (", markdown);
        Assert.Contains("- after (20/20 chars): " + first.Source[^20..], markdown);
        Assert.Contains(" of 1000 summaries changed", markdown);
    }

    [SharedFact]
    public async Task Noise_on_3_percent_of_documents_passes_under_significant_and_what_drop_said()
    {
        // Two runs of a summarizer that, like an LLM at temperature 0.3, writes another (real) summary on 3 % of the
        // documents at random: lead-1's, except textrank's on 30 documents drawn anew in each run. Nothing changed
        // systematically; of the two orders of these runs, this is the one where the later run happens to score lower
        // (by 0.0024 ROUGE-L with textrank's round-3 summaries; the draw depends on them, so a textrank change can
        // need another seed: one where the later run is 0.001 to 0.005 lower).
        var baseline = await runs.RunAsync("noise-a", r => r.Lead1With(r.Pick(30, 202), d => r.TextRank[d.Id]));
        var current = await runs.RunAsync("noise-b", r => r.Lead1With(r.Pick(30, 123), d => r.TextRank[d.Id]));

        var significant = await CliRunner.RunAsync("check", "--baseline", baseline, "--current", current);
        output.WriteLine("--fail-on significant (default):\n" + significant.Stdout);
        Assert.True(significant.ExitCode == 0, significant.ToString());

        // Under the default tolerance both rules pass; with a tolerance tight enough to catch a 0.2-point drop, today's
        // rule trips on this noise while the paired rule sees the interval includes zero and only warns.
        var defaultDrop = await CliRunner.RunAsync("check", "--baseline", baseline, "--current", current, "--fail-on", "drop");
        output.WriteLine("--fail-on drop (default tolerance 0.005): exit " + defaultDrop.ExitCode);
        Assert.Equal(0, defaultDrop.ExitCode);
        var tightSignificant = await CliRunner.RunAsync("check", "--baseline", baseline, "--current", current, "--tolerance", "0.001");
        var tightDrop = await CliRunner.RunAsync("check", "--baseline", baseline, "--current", current, "--tolerance", "0.001", "--fail-on", "drop");
        output.WriteLine("--fail-on drop --tolerance 0.001:\n" + tightDrop.Stdout);
        Assert.True(tightSignificant.ExitCode == 0, tightSignificant.ToString());
        Assert.Equal(1, tightDrop.ExitCode);
        Assert.Contains("warning: 'file:path=sys.jsonl' rouge", tightSignificant.Stdout);
        Assert.Contains("the interval includes zero", tightSignificant.Stdout);
    }

    [SharedFact]
    public async Task Identical_runs_pass_under_both_rules()
    {
        var baseline = await Baseline();
        var again = await runs.RunAsync("lead-1-again", r => r.Lead1With(new HashSet<string>(), _ => null));
        foreach (var rule in new[] { "significant", "drop" })
        {
            var result = await CliRunner.RunAsync("check", "--baseline", baseline, "--current", again, "--fail-on", rule, "--tolerance", "0");
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal(4, Regex.Matches(result.Stdout, @"\s0\.0000\s+\[0\.0000, 0\.0000\]\s+1\.0000\s+ok").Count);
        }
    }

    [SharedFact]
    public async Task A_budget_broken_on_5_documents_fails_on_adherence_and_lists_the_violations()
    {
        var reference = await runs.ReferenceAsync();
        var broken = reference.Pick(5, 5);
        var baseline = await Baseline();
        var current = await runs.RunAsync("budget", r => r.Lead1With(broken, d => d.Source[..30]));
        var report = Path.Combine(runs.Folder, "budget-report");

        var result = await CliRunner.RunAsync("check", "--baseline", baseline, "--current", current, "--report", report);
        output.WriteLine(result.ToString());
        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"adherence\s+1\.0000\s+0\.9950\s+-0\.0050\s+\[-0\.0\d{3}, -0\.00\d{2}\]\s+\d\.\d{4}\s+REGRESSED", result.Stdout);
        Assert.DoesNotMatch(@"rouge[12L]\s.*REGRESSED", result.Stdout);
        var markdown = await File.ReadAllTextAsync(Path.Combine(report, "regression.md"));
        var violations = markdown[markdown.IndexOf("### New budget violations", StringComparison.Ordinal)..];
        Assert.All(broken, id => Assert.Contains($"| {id} | ", violations));
        Assert.Contains("| 30 |", violations);
    }

    [SharedFact]
    public async Task Failures_that_rose_fail_and_are_listed()
    {
        var reference = await runs.ReferenceAsync();
        var missing = reference.Pick(3, 3);
        var baseline = await Baseline();
        var current = await runs.RunAsync("failures", r => r.Lead1With(missing, _ => null));
        var result = await CliRunner.RunAsync("check", "--baseline", baseline, "--current", current, "--fail-on", "drop", "--tolerance", "1");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("REGRESSION: 'file:path=sys.jsonl' failures rose from 0 to 3 on 1000 shared documents", result.Stdout);
    }

    [SharedFact]
    public async Task A_baseline_file_decides_exactly_like_the_run_folder_and_has_stable_bytes()
    {
        var baseline = await Baseline();
        var current = await DegradedRun();
        var file1 = Path.Combine(runs.Folder, "b1.json.gz");
        var file2 = Path.Combine(runs.Folder, "b2.json.gz");
        Assert.Equal(0, (await CliRunner.RunAsync("baseline", "--from", baseline, "--out", file1)).ExitCode);
        Assert.Equal(0, (await CliRunner.RunAsync("baseline", "--from", baseline, "--out", file2)).ExitCode);
        Assert.Equal(await File.ReadAllBytesAsync(file1), await File.ReadAllBytesAsync(file2));
        output.WriteLine($"baseline file for 1000 documents: {new FileInfo(file1).Length} bytes");

        var fromFolder = await CliRunner.RunAsync("check", "--baseline", baseline, "--current", current);
        var fromFile = await CliRunner.RunAsync("check", "--baseline", file1, "--current", Path.Combine(current, "leaderboard.json"));
        Assert.Equal(1, fromFile.ExitCode);
        Assert.Equal(fromFolder.Stdout, fromFile.Stdout);
    }

    [SharedFact]
    public async Task Github_format_annotates_each_regressed_figure_and_fills_the_job_summary()
    {
        var baseline = await Baseline();
        var current = await DegradedRun();
        var summary = Path.Combine(runs.Folder, "step-summary.md");
        File.WriteAllText(summary, "earlier step\n");
        var result = await CliRunner.RunAsync(
            ["check", "--baseline", baseline, "--current", current, "--format", "github"],
            environment: new Dictionary<string, string?> { ["GITHUB_STEP_SUMMARY"] = summary });
        Assert.Equal(1, result.ExitCode);

        var annotations = result.Stdout.Split('\n').Where(l => l.StartsWith("::", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(annotations);
        var pattern = new Regex(@"^::error title=summeval check%3A file%3Apath=sys\.jsonl (rouge1|rouge2|rougeL)::'file:path=sys\.jsonl' \1 (0\.\d{4}) -> (0\.\d{4}): delta (-0\.\d{4}) \[(-0\.\d{4}), (-0\.\d{4})\] \(95 %25 paired bootstrap, p = 0\.0001, 1000 documents\): dropped more than 0\.005 and the interval excludes zero$");
        foreach (var line in annotations)
        {
            var match = pattern.Match(line);
            Assert.True(match.Success, "unexpected annotation: " + line);
            var values = Enumerable.Range(2, 5).Select(i => double.Parse(match.Groups[i].Value, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            Assert.InRange(values[2], values[3], values[4]);
            // Each of the three figures is printed rounded to 4 decimals, so the printed delta and the difference of the
            // printed means can differ by up to three half-units (−0.0074 printed for means printed 0.0075 apart).
            Assert.InRange(values[2] - (values[1] - values[0]), -0.00015 - 1e-12, 0.00015 + 1e-12);
        }

        Assert.Contains(annotations, l => l.Contains(" rougeL::", StringComparison.Ordinal));
        var written = File.ReadAllLines(summary);
        Assert.Equal("earlier step", written[0]);
        Assert.Equal("## SummEval regression check", written[1]);
        Assert.Contains("| summarizer | metric | baseline | current | delta | 95 % interval | p | status |", written);
        Assert.Contains(written, l => Regex.IsMatch(l, @"^\| `file:path=sys\.jsonl` \| rougeL \| 0\.\d{4} \| 0\.\d{4} \| -0\.\d{4} \| \[-0\.\d{4}, -0\.\d{4}\] \| 0\.0001 \| \*\*REGRESSED\*\* \|$"));
        Assert.Contains(written, l => Regex.IsMatch(l, @"^\| `file:path=sys\.jsonl` \| adherence \| 1\.0000 \| 1\.0000 \| 0\.0000 \| \[0\.0000, 0\.0000\] \| 1\.0000 \| ok \|$"));
    }

    [SharedFact]
    public async Task JUnit_output_is_valid_and_carries_delta_and_interval()
    {
        var baseline = await Baseline();
        var current = await DegradedRun();
        var junit = Path.Combine(runs.Folder, "junit", "regression.xml");
        var result = await CliRunner.RunAsync("check", "--baseline", baseline, "--current", current, "--junit", junit);
        Assert.Equal(1, result.ExitCode);

        var schemas = new XmlSchemaSet();
        schemas.Add(null, XmlReader.Create(new StringReader(JUnitXsd)));
        var document = XDocument.Load(junit);
        var errors = new List<string>();
        document.Validate(schemas, (_, e) => errors.Add(e.Message));
        Assert.Empty(errors);

        var cases = document.Descendants("testcase").ToList();
        Assert.Equal(5, cases.Count);
        Assert.Equal(["rouge1", "rouge2", "rougeL", "adherence", "failures"], cases.Select(c => (string)c.Attribute("name")!));
        Assert.All(cases, c => Assert.Equal("summeval.check.file:path=sys.jsonl", (string)c.Attribute("classname")!));
        var failed = cases.Where(c => c.Element("failure") is not null).ToList();
        Assert.Equal(["rouge1", "rouge2", "rougeL"], failed.Select(c => (string)c.Attribute("name")!));
        Assert.All(failed, c => Assert.Matches(@"delta -0\.\d{4} \[-0\.\d{4}, -0\.\d{4}\]", (string)c.Element("failure")!.Attribute("message")!));
        Assert.Equal("3", (string)document.Root!.Attribute("failures")!);

        // The schema check can fail: a test case without its required name is rejected.
        cases[0].Attribute("name")!.Remove();
        var broken = new List<string>();
        document.Validate(schemas, (_, e) => broken.Add(e.Message));
        Assert.NotEmpty(broken);
    }

    [SharedChromiumFact]
    public async Task Regression_html_opens_in_chromium_without_errors()
    {
        var baseline = await Baseline();
        var current = await DegradedRun();
        var report = Path.Combine(runs.Folder, "browser-report");
        var check = await CliRunner.RunAsync("check", "--baseline", baseline, "--current", current, "--report", report, "--dataset", CslRegressionRuns.DatasetPath);
        Assert.Equal(1, check.ExitCode);

        await using var session = await BrowserSession.OpenAsync(Path.Combine(report, "regression.html"));
        var page = session.Page;
        Assert.Contains("Regression check failed", await page.Locator("#verdict").InnerTextAsync());
        Assert.Equal(5, await page.Locator("#regression-table tbody tr").CountAsync());
        Assert.Equal(3, await page.Locator("#regression-table tbody tr.regressed").CountAsync());
        Assert.Equal(25, await page.Locator("article.doc").CountAsync());
        Assert.Equal(25, await page.Locator("article.doc .source").CountAsync());
        var plot = await page.Locator("svg.delta-plot").First.BoundingBoxAsync();
        Assert.True(plot is { Width: > 100, Height: > 10 }, "the interval plot is laid out");

        var screenshot = Path.Combine(runs.Folder, "regression.png");
        await page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
        var kept = Path.Combine(AppContext.BaseDirectory, "report-browser", "regression.png");
        Directory.CreateDirectory(Path.GetDirectoryName(kept)!);
        File.Copy(screenshot, kept, overwrite: true);
        output.WriteLine($"screenshot: {kept} ({new FileInfo(kept).Length} bytes)");
        Assert.True(new FileInfo(kept).Length > 40_000, "the page did not render");
        session.AssertClean();
    }
}

/// <summary>A fact that needs both ../shared and Chromium: skipped locally with the reason of whichever is missing, failed under CI=true.</summary>
public sealed class SharedChromiumFactAttribute : FactAttribute, IRequirementAttribute
{
    public SharedChromiumFactAttribute() => Skip = TestRequirements.SkipReason(Missing);

    public string? Missing => TestRequirements.FirstMissing(SharedData.Missing, new ChromiumFactAttribute().Missing);
}
