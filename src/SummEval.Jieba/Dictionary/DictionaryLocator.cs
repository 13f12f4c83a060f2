using System.Runtime.CompilerServices;
using System.Security.Cryptography;

namespace SummEval.Jieba.Dictionary;

/// <summary>
/// Finds jieba's data files, in order: an explicit folder (argument, then <c>SUMMEVAL_JIEBA_DICT</c>), the
/// bundled <c>jieba-data/</c> next to the program (jieba 0.42.1's data from the pinned jieba.NET 0.42.2 NuGet
/// package, copied there by the build), jieba installed for Python (Debian's python3-jieba, pip
/// site-packages), then npm's nodejieba@3.5.8 (cppjieba's dictionary: a fallback that is not
/// token-identical). Nothing is downloaded at run time.
/// </summary>
public static class DictionaryLocator
{
    /// <summary>The environment variable naming an explicit dictionary folder.</summary>
    public const string EnvironmentVariable = "SUMMEVAL_JIEBA_DICT";

    /// <summary>The folder, next to the program, that the build fills from the jieba.NET NuGet package.</summary>
    public const string BundledFolderName = "jieba-data";

    /// <summary>Every file the bundled folder must hold (jieba.NET's layout).</summary>
    public static IReadOnlyList<string> BundledFiles { get; } =
    [
        "dict.txt", "prob_trans.json", "prob_emit.json", "char_state_tab.json",
        "pos_prob_start.json", "pos_prob_trans.json", "pos_prob_emit.json", "idf.txt",
    ];

    /// <summary>What to do when no dictionary is found; also the text of the exception.</summary>
    public const string InstallHint =
        "SummEval normally carries jieba's data itself: the build copies it from the jieba.NET 0.42.2 NuGet package into " +
        BundledFolderName + "/ next to the program, so if that folder is missing the build or install is broken: " +
        "rebuild (dotnet build restores the package) or reinstall the tool.\n" +
        "Otherwise install one of:\n" +
        "  Debian/Ubuntu: sudo apt-get install python3-jieba\n" +
        "  pip:           pip install jieba==0.42.1\n" +
        "  npm (fallback, not token-identical to jieba): npm install nodejieba@3.5.8 (in this folder or a parent)\n" +
        "or set " + EnvironmentVariable + " to a folder holding jieba's dict.txt, finalseg/ (and posseg/, analyse/), " +
        "or jieba.NET's Resources/ files.";

    /// <summary>The bundled folder: <c>jieba-data/</c> under <see cref="AppContext.BaseDirectory"/>.</summary>
    public static string BundledFolder => Path.Combine(AppContext.BaseDirectory, BundledFolderName);

    /// <summary>Locates the data or throws <see cref="FileNotFoundException"/> with <see cref="InstallHint"/>.</summary>
    public static JiebaData Locate(string? explicitFolder = null) => Locate(explicitFolder, BundledFolder);

    /// <summary>As <see cref="Locate(string?)"/>, with the bundled folder given (tests point it elsewhere).</summary>
    internal static JiebaData Locate(string? explicitFolder, string bundledFolder)
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
                    $"The jieba dictionary folder '{folder}' (from {source}) holds none of: dict.txt with finalseg/ (jieba), " +
                    "dict.txt with prob_emit.json (jieba.NET), jieba.dict.utf8 with hmm_model.utf8 (cppjieba).\n" + InstallHint);
        }

        if (Directory.Exists(bundledFolder))
        {
            // Present but incomplete is a broken build: say which file, rather than silently using other data.
            var missing = BundledFiles.FirstOrDefault(f => !File.Exists(Path.Combine(bundledFolder, f)));
            if (missing is not null)
            {
                throw new FileNotFoundException(
                    $"The bundled jieba data folder '{bundledFolder}' lacks {missing}.\n" + InstallHint, Path.Combine(bundledFolder, missing));
            }

            return TryFolder(bundledFolder, "bundled jieba.NET 0.42.2 data")!;
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

        throw new FileNotFoundException($"No jieba dictionary found (the bundled '{bundledFolder}' does not exist). " + InstallHint);
    }

    /// <summary>sha256 of a file, lower-case hex.</summary>
    public static string Sha256Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>
    /// sha256 of text with every CRLF counted as LF, lower-case hex: jieba.NET ships jieba's dict.txt with
    /// CRLF line ends, and the check is about the content.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string NormalizedSha256Of(ReadOnlySpan<byte> bytes)
    {
        if (!bytes.Contains((byte)'\r'))
        {
            return Sha256Of(bytes);
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        while (!bytes.IsEmpty)
        {
            var cr = bytes.IndexOf("\r\n"u8);
            if (cr < 0)
            {
                hash.AppendData(bytes);
                break;
            }

            hash.AppendData(bytes[..cr]);
            bytes = bytes[(cr + 1)..];
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

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

        if (File.Exists(dict) && File.Exists(Path.Combine(folder, "prob_emit.json")))
        {
            // prob_trans.json and the pos_prob_*.json files are required with their siblings; a missing one
            // fails at load time with its path.
            var idf = Path.Combine(folder, "idf.txt");
            return new JiebaData
            {
                Folder = folder,
                Kind = JiebaDataKind.JiebaNet,
                DictionaryPath = dict,
                HmmPath = folder,
                PossegFolder = File.Exists(Path.Combine(folder, "char_state_tab.json")) ? folder : null,
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
