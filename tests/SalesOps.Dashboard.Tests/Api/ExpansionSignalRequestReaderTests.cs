using System.Text;
using SalesOps.Core.Domain;
using SalesOps.Dashboard.Api;

namespace SalesOps.Dashboard.Tests.Api;

/// <summary>Reading the help-desk API's JSON body: the request hash that idempotency compares, and field-level errors.</summary>
public sealed class ExpansionSignalRequestReaderTests
{
    private static ExpansionSignalReadResult Read(string json) => ExpansionSignalRequestReader.Read(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void The_same_signal_written_differently_has_the_same_hash()
    {
        var a = Read("""{"account_id": 7, "trigger": "high_satisfaction", "context": "Loves it", "estimated_arr": 5000, "sentiment": null}""");
        var b = Read("""
            {
              "context": "Loves it",
              "estimated_arr": 5000.00,
              "trigger": "HIGH_SATISFACTION",
              "account_id": 7,
              "customer_words": null
            }
            """);

        Assert.True(a.IsValid);
        Assert.True(b.IsValid);
        Assert.Equal(a.RequestHash, b.RequestHash);
        Assert.Matches("^[0-9a-f]{64}$", a.RequestHash!);
    }

    [Theory]
    [InlineData("""{"account_id": 8, "trigger": "high_satisfaction", "context": "Loves it", "estimated_arr": 5000}""")]
    [InlineData("""{"account_id": 7, "trigger": "need_for_more_capacity", "context": "Loves it", "estimated_arr": 5000}""")]
    [InlineData("""{"account_id": 7, "trigger": "high_satisfaction", "context": "Loves it!", "estimated_arr": 5000}""")]
    [InlineData("""{"account_id": 7, "trigger": "high_satisfaction", "context": "Loves it", "estimated_arr": 5001}""")]
    [InlineData("""{"account_id": 7, "trigger": "high_satisfaction", "context": "Loves it", "estimated_arr": 5000, "sentiment": "neutral"}""")]
    [InlineData("""{"account_id": 7, "trigger": "high_satisfaction", "context": "Loves it", "estimated_arr": 5000, "customer_words": "Great"}""")]
    public void Any_difference_in_the_signal_changes_the_hash(string other)
    {
        var baseline = Read("""{"account_id": 7, "trigger": "high_satisfaction", "context": "Loves it", "estimated_arr": 5000}""");

        Assert.NotEqual(baseline.RequestHash, Read(other).RequestHash);
    }

    [Fact]
    public void A_valid_body_becomes_the_signal_input_with_the_positive_sentiment_by_default()
    {
        var result = Read("""{"account_id": 7, "trigger": "Premium_Feature_Requests", "context": "Wants SSO", "ticket_id": 12, "customer_words": "SSO please"}""");

        Assert.Empty(result.Errors);
        Assert.Equal(new(7, ExpansionTrigger.PremiumFeatureRequests, "Wants SSO", "SSO please", Sentiment.Positive, 12, null), result.Input);
    }

    [Fact]
    public void A_field_sent_twice_is_named()
    {
        var result = Read("""{"account_id": 7, "trigger": "high_satisfaction", "context": "a", "context": "b"}""");

        Assert.False(result.IsValid);
        Assert.Contains("more than once", Assert.Single(result.Errors["context"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_echo_at_most_a_short_piece_of_what_was_sent()
    {
        var longTrigger = new string('t', 500);

        var result = Read($$"""{"account_id": 7, "trigger": "{{longTrigger}}", "context": "a"}""");

        Assert.DoesNotContain(longTrigger, result.Errors["trigger"][0], StringComparison.Ordinal);
        Assert.True(result.Errors["trigger"][0].Length < 400);
    }

    [Fact]
    public void An_estimated_arr_out_of_range_is_named_by_the_shared_rules()
    {
        var result = Read("""{"account_id": 7, "trigger": "high_satisfaction", "context": "a", "estimated_arr": -1}""");

        Assert.Equal(["estimated_arr"], result.Errors.Keys);
    }
}
