using MudBlazor;
using SalesOps.Core.Domain;

namespace SalesOps.Dashboard.Components.Pages.Expansion;

/// <summary>The words and colours people read for a signal's state, source and sentiment.</summary>
public static class SignalLabels
{
    public static string Of(SignalStatus status) => status switch
    {
        SignalStatus.Logged => "Logged",
        SignalStatus.AccountManagerNotified => "Account manager notified",
        SignalStatus.WarmIntroduction => "Warm introduction made",
        SignalStatus.OpportunityCreated => "Opportunity created",
        _ => "Dismissed",
    };

    public static Color ColorOf(SignalStatus status) => status switch
    {
        SignalStatus.Logged => Color.Warning,
        SignalStatus.AccountManagerNotified => Color.Info,
        SignalStatus.WarmIntroduction => Color.Primary,
        SignalStatus.OpportunityCreated => Color.Success,
        _ => Color.Default,
    };

    public static string Of(SignalSource source) => source switch
    {
        SignalSource.Logged => "Logged by a rep",
        SignalSource.Detected => "Detected from usage",
        _ => "Help-desk integration",
    };

    /// <summary>The source in one word, for chips and chart labels.</summary>
    public static string Word(SignalSource source) => source switch
    {
        SignalSource.Logged => "Logged",
        SignalSource.Detected => "Detected",
        _ => "Integration",
    };

    public static string Of(Sentiment sentiment) => sentiment.ToString();

    public static string IconOf(Sentiment sentiment) => sentiment switch
    {
        Sentiment.Negative => Icons.Material.Filled.SentimentDissatisfied,
        Sentiment.Neutral => Icons.Material.Filled.SentimentNeutral,
        Sentiment.Positive => Icons.Material.Filled.SentimentSatisfied,
        _ => Icons.Material.Filled.SentimentVerySatisfied,
    };
}
