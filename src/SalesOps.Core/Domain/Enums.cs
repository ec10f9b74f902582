namespace SalesOps.Core.Domain;

// Enum values are stored as text so that the database stays readable and reordering members is safe.

public enum Segment { Smb, MidMarket, Enterprise }

public enum Region { NorthAmerica, LatinAmerica, Emea, Apac }

public enum Lifecycle { Onboarding, Active, Churned }

public enum SupportTier { Standard, Priority, Vip }

public enum TeamRole { Sales, Success, Support, Operations }

public enum ContactRole { DecisionMaker, Champion, Stakeholder, TechnicalContact, Billing }

public enum OpportunityType { NewBusiness, Expansion, Renewal }

public enum OpportunityStage { Prospecting, Qualification, Proposal, Negotiation, ClosedWon, ClosedLost }

public enum ActivityType { Call, Email, Meeting, Note }

public enum TicketPriority { Low, Normal, High, Urgent }

public enum TicketStatus { New, Open, Pending, OnHold, Solved, Closed }

public enum SatisfactionRating { NotOffered, Offered, Good, Bad }

public enum RevenueEventType { New, Expansion, Contraction, Churn, Renewal }

public enum HealthBand { Healthy, Watch, AtRisk }

public enum HandoffStage { PreHandoff, InformationTransfer, PostHandoff }

public enum HandoffStatus { InProgress, Completed, Cancelled }

public enum ChecklistItemKind { Check, Date, Person, Text, List }

public enum ExpansionTrigger
{
    ApproachingPlanLimits,
    HighAdvancedFeatureEngagement,
    MultipleDepartments,
    PowerUsersMaxedOut,
    AskingAboutHigherTierFeatures,
    PremiumFeatureRequests,
    NeedForMoreCapacity,
    HighSatisfaction,
}

public enum SignalSource { Logged, Detected, Integration }

public enum SignalStatus { Logged, AccountManagerNotified, WarmIntroduction, OpportunityCreated, Dismissed }

public enum Sentiment { Negative, Neutral, Positive, Enthusiastic }

public enum AuditAction { Created, Modified, Deleted }

public enum NotificationKind { HandoffStarted, SalesInvolvementEnds, DeliverableOverdue, ExpansionSignal }
