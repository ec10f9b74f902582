using SalesOps.Core.Domain;
using SalesOps.Core.Renewals;
using SalesOps.Services.Common;

namespace SalesOps.Services.Analytics;

/// <summary>
/// One period of the pipeline (a calendar month, or three of them): ARR of the non-churned accounts renewing in it,
/// split by band (null band is "not scored"), the forecast (ARR × the band's renewal likelihood; not scored counts 0)
/// and the ARR at stake of the at-risk accounts among them.
/// </summary>
public sealed record RenewalPeriod(DateOnly Start, DateOnly End, string Label, int Renewals, decimal Arr, IReadOnlyList<BandSlice> ByBand, decimal Forecast, decimal ArrAtRisk);

/// <summary>One renewal in the window, with its status from the renewal opportunity closing nearest the renewal date.</summary>
public sealed record RenewalRow(int AccountId, string Name, DateOnly RenewalDate, decimal Arr, HealthBand? Band, string? OwnerName, string? CsmName, RenewalStatus Status);

/// <summary>The next 12 months (from today to the end of the 12th calendar month) by month and by quarter, and a page of the renewals.</summary>
public sealed record RenewalPipeline(DateOnly From, DateOnly To, IReadOnlyList<RenewalPeriod> Months, IReadOnlyList<RenewalPeriod> Quarters, PagedResult<RenewalRow> Renewals);
