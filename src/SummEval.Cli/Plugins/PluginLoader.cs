using System.Reflection;
using SummEval.Summarizers;

namespace SummEval.Cli.Plugins;

/// <summary>
/// Finds plugin assemblies (given with <c>--plugin</c>, or found in the plugin folders) and instantiates every
/// public <see cref="ISummarizerFactory"/> they contain.
/// </summary>
internal static class PluginLoader
{
    /// <summary>Environment variable with extra plugin folders, separated like PATH.</summary>
    public const string FoldersVariable = "SUMMEVAL_PLUGINS";

    /// <summary>
    /// The plugin folders named in <c>$SUMMEVAL_PLUGINS</c> (PATH-separated). The working directory's <c>./plugins</c>
    /// is deliberately not among them: loading it by default would run the code of whatever repository SummEval is
    /// started in; it is searched only when given with <c>--plugins-dir</c>.
    /// A folder holds plugin DLLs directly or one subfolder per plugin (<c>plugins/MyPlugin/MyPlugin.dll</c>).
    /// </summary>
    public static IEnumerable<string> EnvironmentFolders() =>
        (Environment.GetEnvironmentVariable(FoldersVariable) ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The plugin DLLs in <paramref name="folder"/>: top-level DLLs and <c>Name/Name.dll</c> in subfolders.</summary>
    public static IEnumerable<string> DiscoverIn(string folder)
    {
        if (!Directory.Exists(folder))
        {
            yield break;
        }

        foreach (var dll in Directory.EnumerateFiles(folder, "*.dll").Order(StringComparer.Ordinal))
        {
            yield return dll;
        }

        foreach (var sub in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            var candidate = Path.Combine(sub, Path.GetFileName(sub) + ".dll");
            if (File.Exists(candidate))
            {
                yield return candidate;
            }
        }
    }

    /// <summary>Loads <paramref name="path"/> in its own load context and creates its summarizer factories.</summary>
    /// <exception cref="PluginException">The file is missing, not a .NET assembly, or holds no usable factory.</exception>
    public static IReadOnlyList<ISummarizerFactory> Load(string path)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new PluginException($"Plugin '{path}' does not exist.");
        }

        Assembly assembly;
        try
        {
            assembly = new PluginLoadContext(full).LoadFromAssemblyPath(full);
        }
        catch (BadImageFormatException)
        {
            throw new PluginException($"Plugin '{path}' is not a .NET assembly.");
        }

        Type[] types;
        try
        {
            types = assembly.GetExportedTypes();
        }
        catch (Exception ex) when (ex is ReflectionTypeLoadException or FileNotFoundException or FileLoadException)
        {
            throw new PluginException(
                $"Plugin '{path}' could not be loaded: {ex.Message} Build it against SummEval.Core {typeof(ISummarizer).Assembly.GetName().Version} and copy its dependencies beside it.");
        }

        var factories = new List<ISummarizerFactory>();
        foreach (var type in types.Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ISummarizerFactory).IsAssignableFrom(t)))
        {
            if (type.GetConstructor(Type.EmptyTypes) is null)
            {
                throw new PluginException($"Plugin '{path}': {type.FullName} needs a public parameterless constructor.");
            }

            factories.Add((ISummarizerFactory)Activator.CreateInstance(type)!);
        }

        if (factories.Count == 0)
        {
            var mismatched = types.Any(t => t.GetInterfaces().Any(i => i.FullName == typeof(ISummarizerFactory).FullName));
            throw new PluginException(mismatched
                ? $"Plugin '{path}' implements ISummarizerFactory from another copy of SummEval.Core; do not ship SummEval.Core.dll with the plugin."
                : $"Plugin '{path}' has no public ISummarizerFactory implementation.");
        }

        return factories;
    }
}
