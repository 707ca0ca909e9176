using MediatR;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;

namespace Monolith.BuildingBlocks.Tests.TestModules.Publisher;

// More requests of the publisher module, for the pipeline tests: they report what the pipeline set up around them.

/// <summary>A command that only reports whether it runs inside a transaction of the publisher's DbContext.</summary>
internal sealed record ProbeTransactionCommand : ICommand<bool>;

internal sealed class ProbeTransactionHandler(PublisherDbContext db) : IRequestHandler<ProbeTransactionCommand, bool>
{
    public Task<bool> Handle(ProbeTransactionCommand request, CancellationToken cancellationToken) =>
        Task.FromResult(db.Database.CurrentTransaction is not null);
}

internal sealed record NoteCount(int Count, bool InTransaction);

/// <summary>A plain read: counts the notes and reports whether a transaction was opened for it.</summary>
internal sealed record CountNotesQuery : IQuery<NoteCount>;

internal sealed class CountNotesHandler(PublisherDbContext db) : IRequestHandler<CountNotesQuery, NoteCount>
{
    public async Task<NoteCount> Handle(CountNotesQuery request, CancellationToken cancellationToken) =>
        new(await db.Notes.CountAsync(cancellationToken), db.Database.CurrentTransaction is not null);
}

internal sealed record NoteView(Guid Id, string LinkageNumber, string Text);

/// <summary>A read that discloses what a person wrote: audited with the note's id.</summary>
internal sealed record ReadNoteQuery(Guid NoteId) : IQuery<NoteView>, IPersonalDataQuery
{
    public string AuditSubject => NoteId.ToString();
}

internal sealed class ReadNoteHandler(PublisherDbContext db) : IRequestHandler<ReadNoteQuery, NoteView>
{
    public async Task<NoteView> Handle(ReadNoteQuery request, CancellationToken cancellationToken) =>
        await db.Notes.AsNoTracking().Where(n => n.Id == request.NoteId).Select(n => new NoteView(n.Id, n.LinkageNumber, n.Text))
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("记录", request.NoteId);
}

/// <summary>Writes several notes by sending <see cref="WriteNoteCommand"/> for each, joining this command's transaction.</summary>
internal sealed record WriteNotesTogetherCommand(IReadOnlyList<string> Texts, bool FailAtTheEnd = false) : ICommand<MediatR.Unit>;

internal sealed class WriteNotesTogetherHandler(IMediator mediator) : IRequestHandler<WriteNotesTogetherCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(WriteNotesTogetherCommand request, CancellationToken cancellationToken)
    {
        foreach (var text in request.Texts)
        {
            await mediator.Send(new WriteNoteCommand(text), cancellationToken);
        }

        return request.FailAtTheEnd ? throw new InvalidOperationException("Simulated failure after the nested commands.") : MediatR.Unit.Value;
    }
}
