using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace SummEval.Runs;

/// <summary>
/// Identifies the code that computes a summarizer: the SummEval version (with its commit) and a digest of the module
/// version ids of the summarizer's assembly and every SummEval assembly it references. Deterministic builds give the
/// same ids for the same sources, so the stamp changes when the summarizer's code, or code it uses, is rebuilt changed.
/// </summary>
public static class BuildStamp
{
    /// <summary>The stamp for the assembly that defines <paramref name="type"/> (a summarizer factory).</summary>
    public static string Of(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var root = type.Assembly;
        var modules = new SortedDictionary<string, Guid>(StringComparer.Ordinal);
        var pending = new Stack<Assembly>([root]);
        while (pending.TryPop(out var assembly))
        {
            var name = assembly.GetName().Name ?? assembly.FullName ?? "?";
            if (!modules.TryAdd(name, assembly.ManifestModule.ModuleVersionId))
            {
                continue;
            }

            foreach (var reference in assembly.GetReferencedAssemblies())
            {
                if (reference.Name is { } n && n.StartsWith("SummEval", StringComparison.Ordinal) && !modules.ContainsKey(n) && TryLoad(reference) is { } loaded)
                {
                    pending.Push(loaded);
                }
            }
        }

        var text = string.Join("\n", modules.Select(m => $"{m.Key} {m.Value:N}"));
        var digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];
        var version = root.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? root.GetName().Version?.ToString() ?? "?";
        return $"{root.GetName().Name} {version} build {digest}";
    }

    private static Assembly? TryLoad(AssemblyName name)
    {
        try
        {
            return Assembly.Load(name);
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            return null;
        }
    }
}
