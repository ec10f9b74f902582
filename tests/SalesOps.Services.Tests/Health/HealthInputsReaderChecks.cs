using SalesOps.Services.Health;
using SalesOps.Services.Tests.Infrastructure;

namespace SalesOps.Services.Tests.Health;

/// <summary>The reader's results on <see cref="HealthInputsDataset"/>, shared by the SQLite and PostgreSQL tests.</summary>
public static class HealthInputsReaderChecks
{
    public static async Task InputsAsOfNowEqualTheHandComputedOnesAsync(TestDatabase database)
    {
        var (busy, quiet) = await HealthInputsDataset.WriteAsync(database);
        await using var db = database.CreateContext();

        var read = await HealthInputsReader.ReadAsync(db, [busy, quiet], HealthInputsDataset.Now, useStoredArr: true);

        Assert.Equal(2, read.Count);
        AssertInputs(HealthInputsDataset.BusyNow, read[busy]);
        Assert.Equal(HealthInputsDataset.BusyOpenEscalationSince, read[busy].OpenEscalationSince);
        Assert.Equal(105_000m, read[busy].Arr);
        AssertInputs(HealthInputsDataset.QuietNow, read[quiet]);
        Assert.Null(read[quiet].OpenEscalationSince);
    }

    public static async Task InputsAsOfFiftyDaysAgoEqualTheHandComputedOnesAsync(TestDatabase database)
    {
        var (busy, _) = await HealthInputsDataset.WriteAsync(database);
        await using var db = database.CreateContext();

        var read = await HealthInputsReader.ReadAsync(db, [busy], HealthInputsDataset.FiftyDaysAgo, useStoredArr: false);

        AssertInputs(HealthInputsDataset.BusyFiftyDaysAgo, read[busy]);
        Assert.Null(read[busy].OpenEscalationSince);
        Assert.Equal(115_000m, read[busy].Arr);
    }

    private static void AssertInputs(Core.Health.HealthInputs expected, AccountHealthInputs actual)
    {
        // Field by field first, so a failure names the input; then the whole record.
        var i = actual.Inputs;
        Assert.Equal(expected.SeatsUsed, i.SeatsUsed);
        Assert.Equal(expected.SeatsLicensed, i.SeatsLicensed);
        Assert.Equal(expected.ActiveUsers, i.ActiveUsers);
        Assert.Equal(expected.AdvancedFeatureUsers, i.AdvancedFeatureUsers);
        Assert.Equal(expected.EscalationsLast90Days, i.EscalationsLast90Days);
        Assert.Equal(expected.HasOpenEscalation, i.HasOpenEscalation);
        Assert.Equal(expected.OpenTickets, i.OpenTickets);
        Assert.Equal(expected.DaysSinceLastMeeting, i.DaysSinceLastMeeting);
        Assert.Equal(expected.ActivitiesLast90Days, i.ActivitiesLast90Days);
        Assert.Equal(expected.CsatLast90Days, i.CsatLast90Days);
        Assert.Equal(expected.LatestSignalSentiment, i.LatestSignalSentiment);
        Assert.Equal(expected.Arr, i.Arr);
        Assert.Equal(expected.NetArrChange12Months, i.NetArrChange12Months);
        Assert.Equal(expected.DaysToRenewal, i.DaysToRenewal);
        Assert.Equal(expected.RenewalStage, i.RenewalStage);
        Assert.Equal(expected, i);
    }
}
