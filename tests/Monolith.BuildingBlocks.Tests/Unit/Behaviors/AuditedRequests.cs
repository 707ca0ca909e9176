using Monolith.BuildingBlocks.Application;

namespace Monolith.BuildingBlocks.Tests.Unit.Behaviors.Owned;

// Requests of the module "Cases" in AuditBehaviorTests: that module owns the types of this namespace.

internal sealed record AcceptCaseCommand(string CaseId) : ICommand<int>, IAuditSubject
{
    public string AuditSubject => CaseId;
}

internal sealed record CreatedCase(string LinkageNumber) : IAuditSubject
{
    public string AuditSubject => LinkageNumber;
}

internal sealed record RegisterCaseCommand(string ApplicantName) : ICommand<CreatedCase>;

internal sealed record RenumberCaseCommand(string CaseId) : ICommand<CreatedCase>, IAuditSubject
{
    public string AuditSubject => CaseId;
}

internal sealed record TidyUpCommand : ICommand<int>;

internal sealed record ApplicantDetailsQuery(string CaseId) : IQuery<string>, IPersonalDataQuery
{
    public string AuditSubject => CaseId;
}

internal sealed record CountCasesQuery : IQuery<int>;
