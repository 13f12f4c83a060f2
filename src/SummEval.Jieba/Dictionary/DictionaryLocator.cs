using System.Security.Cryptography;

namespace SummEval.Jieba.Dictionary;

/// <summary>
/// Finds jieba's data files, in order: an explicit folder (argument, then <c>SUMMEVAL_JIEBA_DICT</c>),
/// jieba installed for Python (Debian's python3-jieba, pip site-packages), then npm's nodejieba@3.5.8
/// (cppjieba's dictionary: a fallback that is not token-identical). Nothing is downloaded here.
/// </summary>
public static class DictionaryLocator
{
    /// <summary>The environment variable naming an explicit dictionary folder.</summary>
    public const string EnvironmentVariable = "SUMMEVAL_JIEBA_DICT";

    /// <summary>What to do when no dictionary is found; also the text of the exception.</summary>
    public const string InstallHint =
        "Install one of:\n" +
        "  Debian/Ubuntu: sudo apt-get install python3-jieba\n" +
        "  pip:           pip install jieba==0.42.1\n" +
        "  npm (fallback, not token-identical to jieba): npm install nodejieba@3.5.8 (in this folder or a parent)\n" +
        "or set " + EnvironmentVariable + " to a folder holding jieba's dict.txt, finalseg/ (and posseg/, analyse/).";

    /// <summary>Locates the data or throws <see cref="FileNotFoundException"/> with <see cref="InstallHint"/>.</summary>
    public static JiebaData Locate(string? explicitFolder = null)
    {
        var folder = explicitFolder;
        var source = "explicit folder";
        if (string.IsNullOrEmpty(folder))
        {
            folder = Environment.GetEnvironmentVariable(EnvironmentVariable);
            source = EnvironmentVariable;
        }

        if (!string.IsNullOrEmpty(folder))
        {
            return TryFolder(folder, source)
                ?? throw new FileNotFoundException(
                    $"The jieba dictionary folder '{folder}' (from {source}) holds neither dict.txt with finalseg/ (jieba) " +
                    "nor jieba.dict.utf8 with hmm_model.utf8 (cppjieba).\n" + InstallHint);
        }

        foreach (var candidate in PythonCandidates())
        {
            var found = TryFolder(candidate, candidate.StartsWith("/usr/lib/python3/", StringComparison.Ordinal) ? "Debian python3-jieba" : "Python jieba (site-packages)");
            if (found is not null)
            {
                return found;
            }
        }

        foreach (var candidate in NpmCandidates())
        {
            var found = TryFolder(candidate, "npm nodejieba (cppjieba dictionary)");
            if (found is not null)
            {
                return found;
            }
        }

        throw new FileNotFoundException("No jieba dictionary found. " + InstallHint);
    }

    /// <summary>sha256 of a file, lower-case hex.</summary>
    public static string Sha256Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static JiebaData? TryFolder(string folder, string source)
    {
        var dict = Path.Combine(folder, "dict.txt");
        var finalseg = Path.Combine(folder, "finalseg");
        if (File.Exists(dict) && File.Exists(Path.Combine(finalseg, "prob_emit.py")))
        {
            var posseg = Path.Combine(folder, "posseg");
            var idf = Path.Combine(folder, "analyse", "idf.txt");
            return new JiebaData
            {
                Folder = folder,
                Kind = JiebaDataKind.Jieba,
                DictionaryPath = dict,
                HmmPath = finalseg,
                PossegFolder = File.Exists(Path.Combine(posseg, "char_state_tab.py")) ? posseg : null,
                IdfPath = File.Exists(idf) ? idf : null,
                Source = $"{source}: {folder}",
            };
        }

        var cppDict = Path.Combine(folder, "jieba.dict.utf8");
        var hmm = Path.Combine(folder, "hmm_model.utf8");
        if (File.Exists(cppDict) && File.Exists(hmm))
        {
            var idf = Path.Combine(folder, "idf.utf8");
            return new JiebaData
            {
                Folder = folder,
                Kind = JiebaDataKind.CppJieba,
                DictionaryPath = cppDict,
                HmmPath = hmm,
                IdfPath = File.Exists(idf) ? idf : null,
                Source = $"{source}: {folder}",
                Warning = $"Using cppjieba's dictionary from {folder} (nodejieba): it differs from jieba 0.42.1's dict.txt in 66 entries, " +
                    "so segmentation is not token-identical to jieba. Install python3-jieba or jieba==0.42.1 for parity.",
            };
        }

        return null;
    }

    private static IEnumerable<string> PythonCandidates()
    {
        yield return "/usr/lib/python3/dist-packages/jieba";
        var roots = new List<string>();
        foreach (var env in new[] { "VIRTUAL_ENV", "CONDA_PREFIX" })
        {
            var value = Environment.GetEnvironmentVariable(env);
            if (!string.IsNullOrEmpty(value))
            {
                roots.Add(Path.Combine(value, "lib"));
                roots.Add(Path.Combine(value, "Lib"));
            }
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        roots.AddRange(["/usr/local/lib", "/usr/lib", "/opt/homebrew/lib", Path.Combine(home, ".local", "lib"), "/Library/Frameworks/Python.framework/Versions"]);
        foreach (var root in roots)
        {
            foreach (var python in SafeDirectories(root, "python3*"))
            {
                yield return Path.Combine(python, "site-packages", "jieba");
                yield return Path.Combine(python, "dist-packages", "jieba");
                yield return Path.Combine(python, "lib", "site-packages", "jieba");
            }

            yield return Path.Combine(root, "site-packages", "jieba");
        }

        var appData = Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData);
        var localAppData = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        foreach (var root in new[] { Path.Combine(appData, "Python"), Path.Combine(localAppData, "Programs", "Python") })
        {
            foreach (var python in SafeDirectories(root, "Python3*"))
            {
                yield return Path.Combine(python, "site-packages", "jieba");
                yield return Path.Combine(python, "Lib", "site-packages", "jieba");
            }
        }
    }

    private static IEnumerable<string> NpmCandidates()
    {
        const string Tail = "nodejieba/submodules/cppjieba/dict";
        var starts = new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory };
        foreach (var start in starts)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                yield return Path.Combine(dir.FullName, "node_modules", Tail);
            }
        }

        var nodePath = Environment.GetEnvironmentVariable("NODE_PATH");
        if (!string.IsNullOrEmpty(nodePath))
        {
            foreach (var p in nodePath.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                yield return Path.Combine(p, Tail);
            }
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        foreach (var global in new[] { "/usr/lib/node_modules", "/usr/local/lib/node_modules", Path.Combine(home, ".npm-global", "lib", "node_modules") })
        {
            yield return Path.Combine(global, Tail);
        }
    }

    private static IEnumerable<string> SafeDirectories(string root, string pattern)
    {
        try
        {
            return Directory.Exists(root) ? Directory.GetDirectories(root, pattern) : [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }
}
