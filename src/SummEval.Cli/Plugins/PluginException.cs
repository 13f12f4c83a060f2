namespace SummEval.Cli.Plugins;

/// <summary>A plugin that cannot be loaded; the message says which file and why.</summary>
internal sealed class PluginException(string message) : Exception(message);
