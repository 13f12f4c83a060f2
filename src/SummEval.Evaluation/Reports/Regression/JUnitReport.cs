using System.Globalization;
using System.Text;
using System.Xml;
using SummEval.Regression;

namespace SummEval.Reports.Regression;

/// <summary>
/// The regression result as JUnit XML (read by GitLab, Azure DevOps, Jenkins and GitHub test reporters): one test case
/// per summarizer × figure, a regression being a failure whose message carries the delta and the interval.
/// No timestamps or host names, so the same comparison gives the same bytes.
/// </summary>
public static class JUnitReport
{
    /// <summary>The XML document as UTF-8 bytes.</summary>
    public static byte[] Render(RegressionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var cases = result.Figures.ToList();
        var failures = cases.Count(f => f.Regressed);

        // Problems that belong to no figure get a test case each: the gate never fails without a failed test.
        var loose = result.GeneralProblems;
        var tests = cases.Count + loose.Count;
        failures += loose.Count;
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", "summeval check");
            WriteCounts(xml, tests, failures);
            xml.WriteStartElement("testsuite");
            xml.WriteAttributeString("name", $"summeval check {result.Dataset}");
            WriteCounts(xml, tests, failures);
            xml.WriteAttributeString("skipped", "0");
            xml.WriteStartElement("properties");
            Property(xml, "dataset", result.Dataset);
            Property(xml, "maxChars", result.MaxChars?.ToString(CultureInfo.InvariantCulture) ?? "none");
            Property(xml, "sharedDocuments", result.SharedDocuments.ToString(CultureInfo.InvariantCulture));
            Property(xml, "rule", result.RuleDescription);
            xml.WriteEndElement();
            foreach (var figure in cases)
            {
                xml.WriteStartElement("testcase");
                xml.WriteAttributeString("classname", $"summeval.check.{figure.Summarizer}");
                xml.WriteAttributeString("name", figure.Metric);
                xml.WriteAttributeString("time", "0");
                if (figure.Regressed)
                {
                    xml.WriteStartElement("failure");
                    xml.WriteAttributeString("message", figure.Message);
                    xml.WriteAttributeString("type", "regression");
                    xml.WriteString(Details(figure, result));
                    xml.WriteEndElement();
                }
                else
                {
                    xml.WriteElementString("system-out", figure.Message);
                }

                xml.WriteEndElement();
            }

            foreach (var problem in loose)
            {
                xml.WriteStartElement("testcase");
                xml.WriteAttributeString("classname", "summeval.check");
                xml.WriteAttributeString("name", "comparison");
                xml.WriteAttributeString("time", "0");
                xml.WriteStartElement("failure");
                xml.WriteAttributeString("message", problem);
                xml.WriteAttributeString("type", "regression");
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return buffer.ToArray();
    }

    private static string Details(RegressionFigure figure, RegressionResult result)
    {
        var text = new StringBuilder()
            .Append("baseline ").Append(RegressionFormat.Value(figure, figure.Baseline))
            .Append(", current ").Append(RegressionFormat.Value(figure, figure.Current))
            .Append(", delta ").Append(RegressionFormat.Delta(figure));
        if (figure.Test is { } test)
        {
            text.Append(", ").Append(RegressionFormat.Level(result.Options)).Append(" % interval ").Append(RegressionFormat.Interval(figure))
                .Append(", p = ").Append(RegressionFormat.PValue(figure)).Append(", ").Append(test.Samples.ToString(CultureInfo.InvariantCulture)).Append(" resamples");
        }

        var changes = result.Changes.FirstOrDefault(c => c.Summarizer == figure.Summarizer);
        if (changes is not null)
        {
            text.Append('\n').Append(RegressionMarkdown.Summary(changes));
            foreach (var change in changes.Lost.Take(5))
            {
                text.Append("\n  ").Append(change.After.Id).Append(": ROUGE-L ").Append(RegressionFormat.Score(change.Before.RougeL))
                    .Append(" -> ").Append(RegressionFormat.Score(change.After.RougeL));
            }
        }

        return text.ToString();
    }

    private static void WriteCounts(XmlWriter xml, int tests, int failures)
    {
        xml.WriteAttributeString("tests", tests.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("failures", failures.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("errors", "0");
        xml.WriteAttributeString("time", "0");
    }

    private static void Property(XmlWriter xml, string name, string value)
    {
        xml.WriteStartElement("property");
        xml.WriteAttributeString("name", name);
        xml.WriteAttributeString("value", value);
        xml.WriteEndElement();
    }
}
