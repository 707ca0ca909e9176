using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Contracts;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Linkage;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Persistence;
using Monolith.BuildingBlocks.Tests.TestModules.Contracts;

namespace Monolith.BuildingBlocks.Tests.TestModules.Publisher;

/// <summary>A test-only module that writes notes and publishes <see cref="NoteWrittenIntegrationEvent"/>.</summary>
public sealed class PublisherModule : IModule
{
    public static readonly ModuleInfo Descriptor = new("Publisher", "publisher", "测试发布模块", "测试发布模块机构")
    {
        LinkageCode = "JC",
        Roles = [new("PublisherStaff", "测试发布模块人员")],
    };

    public ModuleInfo Info => Descriptor;

    public void Register(IServiceCollection services, IConfiguration configuration) =>
        services.AddModule<PublisherDbContext>(Info, typeof(PublisherModule).Assembly, t => t.Namespace == typeof(PublisherModule).Namespace);

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}

internal sealed class Note
{
    public Guid Id { get; init; }

    public required string LinkageNumber { get; init; }

    public required string Text { get; init; }
}

internal sealed class PublisherDbContext(DbContextOptions<PublisherDbContext> options) : ModuleDbContext(options, PublisherModule.Descriptor)
{
    public DbSet<Note> Notes => Set<Note>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.Entity<Note>().ToTable("Notes");
}

/// <summary>Writes a note and publishes its event; <see cref="FailAfterPublish"/> makes the handler throw after publishing.</summary>
internal sealed record WriteNoteCommand(string? Text, bool FailAfterPublish = false) : ICommand<Guid>;

internal sealed class WriteNoteValidator : AbstractValidator<WriteNoteCommand>
{
    public WriteNoteValidator() => RuleFor(c => c.Text).NotEmpty().WithName("内容");
}

internal sealed class WriteNoteHandler(PublisherDbContext db, LinkageNumberIssuer linkageNumbers, TimeProvider time) : IRequestHandler<WriteNoteCommand, Guid>
{
    public async Task<Guid> Handle(WriteNoteCommand request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var note = new Note { Id = Guid.CreateVersion7(now), LinkageNumber = await linkageNumbers.IssueAsync(db, cancellationToken), Text = request.Text! };
        db.Notes.Add(note);
        db.Publish(new NoteWrittenIntegrationEvent(Guid.CreateVersion7(now), now, note.LinkageNumber, note.Id, note.Text));
        if (request.FailAfterPublish)
        {
            throw new InvalidOperationException("Simulated failure after publishing.");
        }

        return note.Id;
    }
}

/// <summary>Publishes a reply about a note to one module.</summary>
internal sealed record AnswerNoteCommand(Guid NoteId, string Recipient) : ICommand<MediatR.Unit>;

internal sealed class AnswerNoteHandler(PublisherDbContext db, TimeProvider time) : IRequestHandler<AnswerNoteCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(AnswerNoteCommand request, CancellationToken cancellationToken)
    {
        var note = await db.Notes.SingleAsync(n => n.Id == request.NoteId, cancellationToken);
        var now = time.GetUtcNow();
        db.Publish(new NoteAnsweredIntegrationEvent(Guid.CreateVersion7(now), now, note.LinkageNumber, note.Id, request.Recipient));
        return MediatR.Unit.Value;
    }
}
