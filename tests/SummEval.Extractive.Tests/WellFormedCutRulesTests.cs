using System.Reflection;
using SummEval.Extractive.Selection;
using SummEval.Extractive.TextRank;
using Xunit;

namespace SummEval.Extractive.Tests;

/// <summary>
/// The cut rules as one flags value: each <see cref="TextRankOptions"/> rule option stays its own switch, and a rule
/// that depends on another (<see cref="WellFormedCutRules.ListVerbs"/> on <see cref="WellFormedCutRules.ListItems"/>) keeps doing so.
/// </summary>
public sealed class WellFormedCutRulesTests
{
    private static readonly string[] RuleOptions =
    [
        "TokenEndings", "ListItems", "Symbols", "ListVerbs", "Complements", "LatinPhrases", "Connectives", "Locants", "Aspect",
        "Modifiers", "Purpose", "Localizers",
    ];

    [Fact]
    public void AllIsEveryRuleAndEachRuleIsOneBit()
    {
        var rules = RuleOptions.Select(Enum.Parse<WellFormedCutRules>).ToArray();
        Assert.All(rules, r => Assert.True(int.IsPow2((int)r)));
        Assert.Equal(rules.Length, rules.Distinct().Count());
        Assert.Equal(WellFormedCutRules.All, rules.Aggregate(WellFormedCutRules.None, (all, r) => all | r));
    }

    [Fact]
    public void EachRuleOptionSwitchesOnlyItself()
    {
        // Set through reflection as an object initializer would, then back: the other options stay on, and the
        // options equal the defaults again (record equality sees the one value the options share).
        foreach (var name in RuleOptions)
        {
            var property = typeof(TextRankOptions).GetProperty("WellFormed" + name, BindingFlags.Public | BindingFlags.Instance)!;
            var options = new TextRankOptions();
            property.SetValue(options, false);
            foreach (var other in RuleOptions)
            {
                Assert.Equal(other != name, (bool)typeof(TextRankOptions).GetProperty("WellFormed" + other)!.GetValue(options)!);
            }

            Assert.NotEqual(new TextRankOptions(), options);
            property.SetValue(options, true);
            Assert.Equal(new TextRankOptions(), options);
        }

        var changed = new TextRankOptions() with { WellFormedSymbols = false, WellFormedPurpose = false };
        Assert.Equal(new TextRankOptions { WellFormedPurpose = false, WellFormedSymbols = false }, changed);
        Assert.True((changed with { WellFormedSymbols = true }).WellFormedListVerbs);
        Assert.False((changed with { WellFormedSymbols = true }).WellFormedPurpose);
    }

    [Fact]
    public void ListVerbsAppliesOnlyWithListItems()
    {
        // Round 8's "内容、特征及属性|进行": the verb keeps the item whole only when the list-item rule looks at it.
        const string text = "内容、特征及属性进行";
        int[] ends = [2, 3, 5, 6, 8, 10];
        Assert.Equal(5, WellFormedCut.Count(text, ends, 5));
        Assert.Equal(3, WellFormedCut.Count(text, ends, 5, WellFormedCutRules.All & ~WellFormedCutRules.ListVerbs));
        var withoutItems = WellFormedCut.Count(text, ends, 5, WellFormedCutRules.All & ~WellFormedCutRules.ListItems);
        Assert.Equal(withoutItems, WellFormedCut.Count(text, ends, 5, WellFormedCutRules.All & ~(WellFormedCutRules.ListItems | WellFormedCutRules.ListVerbs)));
    }
}
