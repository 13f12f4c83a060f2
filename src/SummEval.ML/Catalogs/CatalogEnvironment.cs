using System.Reflection;

namespace SummEval.ML.Catalogs;

/// <summary>The <see cref="Microsoft.ML.MLContext"/> a sub-catalog such as <c>mlContext.Transforms.Text</c> belongs to.</summary>
internal static class CatalogEnvironment
{
    /// <summary>
    /// ML.NET keeps a catalog's environment behind an internal interface (its own add-ons are friend assemblies);
    /// reading it keeps logging and cancellation on the user's context. Should a future ML.NET hide it differently,
    /// a private context builds the same estimators (they hold no state of the context that made them).
    /// </summary>
    public static Microsoft.ML.MLContext Of(object catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        foreach (var type in catalog.GetType().GetInterfaces())
        {
            if (type.Name == "IInternalCatalog"
                && type.GetProperty("Environment", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)?.GetValue(catalog) is Microsoft.ML.MLContext context)
            {
                return context;
            }
        }

        return new Microsoft.ML.MLContext();
    }
}
