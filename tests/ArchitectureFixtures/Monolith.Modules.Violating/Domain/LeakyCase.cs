using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Monolith.Modules.Violating.Domain;

/// <summary>VIOLATION (domain purity): a domain type holding an EF Core DbContext and publishing through MediatR.</summary>
internal sealed class LeakyCase(DbContext context, IMediator mediator)
{
    public DbContext Context { get; } = context;

    public IMediator Mediator { get; } = mediator;
}
