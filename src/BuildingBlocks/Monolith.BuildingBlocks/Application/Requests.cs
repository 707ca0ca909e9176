using MediatR;

namespace Monolith.BuildingBlocks.Application;

/// <summary>Marker for requests that change state: they run in one transaction of the owning module and are audited.</summary>
public interface ICommandBase
{
}

/// <summary>A state change that returns a result (usually the new id).</summary>
public interface ICommand<out TResult> : IRequest<TResult>, ICommandBase
{
}

/// <summary>A read. Reads never open a transaction and use no-tracking queries.</summary>
public interface IQuery<out TResult> : IRequest<TResult>
{
}

/// <summary>
/// A read that discloses a person's data (name, identity number, phone). Every such read is audited with its subject.
/// </summary>
public interface IPersonalDataQuery
{
    /// <summary>What was read, e.g. the linkage number or case id; recorded in the audit log.</summary>
    string AuditSubject { get; }
}

/// <summary>A command that names the matter it acts on, so the audit log can say what was changed.</summary>
public interface IAuditSubject
{
    string AuditSubject { get; }
}

/// <summary>
/// A shared command that acts on one module's tables (e.g. retrying that module's parked message): it runs in that
/// module's transaction rather than the platform's.
/// </summary>
public interface ITargetsModule
{
    string ModuleName { get; }
}

/// <summary>
/// A shared request a module sends about its own tables (e.g. listing its deadlines). It names the module by its
/// DbContext type, which is internal to the module, so no module can address another's tables with it. Requests that
/// name a module by string (<see cref="ITargetsModule"/>) are for the platform and the host only.
/// </summary>
public interface IModuleScopedRequest
{
    Type ModuleDbContextType { get; }
}

/// <summary>A request that names its own audit action (e.g. an event delivery, recorded as the handler it ran).</summary>
public interface IAuditAction
{
    string AuditAction { get; }
}

/// <summary>Plumbing that only carries another request, which is audited itself: not audited twice.</summary>
public interface IUnaudited
{
}
