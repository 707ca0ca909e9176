using Mono.Cecil;
using Mono.Cecil.Cil;
using Monolith.BuildingBlocks.Deadlines;
using Assembly = System.Reflection.Assembly;

namespace Monolith.ArchitectureTests;

/// <summary>
/// Rule 5: no deadline is started that no use case can end. Read from the IL (Mono.Cecil): every rule id a module
/// passes as a string constant to <c>DeadlineTracker.StartAsync</c> must also be passed, somewhere in that module, to
/// <c>DeadlineTracker.CompleteAsync</c> or <c>DeadlineTracker.CancelAsync</c>. Otherwise the deadline can only ever be
/// missed.
/// </summary>
/// <remarks>
/// The rule id of a call is the last string constant before it that is one of the module's own rule ids (those of its
/// <see cref="IDeadlineRuleSource"/> types), so strings built for the subject between the two do not confuse it. A rule
/// id passed in a variable is not seen; the modules pass the constants of their rules classes.
/// </remarks>
internal static class DeadlineUsage
{
    private static readonly string TrackerType = typeof(DeadlineTracker).FullName!;

    /// <summary>"rule id (started in Type)" for every rule the module starts and never completes or cancels.</summary>
    public static IReadOnlyList<string> StartedButNeverEnded(Assembly module)
    {
        ArgumentNullException.ThrowIfNull(module);
        var (started, ended) = Calls(module);
        return
        [
            .. started.Where(s => !ended.Contains(s.RuleId))
                .Select(s => $"{s.RuleId} (started in {s.Type})")
                .Distinct()
                .Order(StringComparer.Ordinal),
        ];
    }

    /// <summary>The rule ids the module starts, with the type that starts each, and those it completes or cancels.</summary>
    public static (List<(string RuleId, string Type)> Started, HashSet<string> Ended) Calls(Assembly module)
    {
        ArgumentNullException.ThrowIfNull(module);
        var ruleIds = RuleIds(module);
        var started = new List<(string RuleId, string Type)>();
        var ended = new HashSet<string>(StringComparer.Ordinal);
        using var definition = ModuleDefinition.ReadModule(module.Location);
        foreach (var method in definition.GetTypes().SelectMany(t => t.Methods).Where(m => m.HasBody))
        {
            string? lastRuleId = null;
            foreach (var instruction in method.Body.Instructions)
            {
                if (instruction.OpCode == OpCodes.Ldstr && instruction.Operand is string text && ruleIds.Contains(text))
                {
                    lastRuleId = text;
                }
                else if (instruction.OpCode.FlowControl == FlowControl.Call && instruction.Operand is MethodReference called
                    && called.DeclaringType.FullName == TrackerType && lastRuleId is not null)
                {
                    switch (called.Name)
                    {
                        case nameof(DeadlineTracker.StartAsync):
                            started.Add((lastRuleId, OuterType(method.DeclaringType).FullName));
                            break;
                        case nameof(DeadlineTracker.CompleteAsync):
                        case nameof(DeadlineTracker.CancelAsync):
                            ended.Add(lastRuleId);
                            break;
                    }

                    lastRuleId = null;
                }
            }
        }

        return (started, ended);
    }

    /// <summary>The ids of the rules the module defines.</summary>
    private static HashSet<string> RuleIds(Assembly module) =>
    [
        .. module.GetTypes()
            .Where(t => typeof(IDeadlineRuleSource).IsAssignableFrom(t) && !t.IsAbstract)
            .SelectMany(t => ((IDeadlineRuleSource)Activator.CreateInstance(t, nonPublic: true)!).Rules)
            .Select(r => r.Id),
    ];

    /// <summary>The type a compiler-generated one (an async state machine, a closure) belongs to.</summary>
    private static TypeDefinition OuterType(TypeDefinition type)
    {
        while (type.DeclaringType is not null && type.Name.StartsWith('<'))
        {
            type = type.DeclaringType;
        }

        return type;
    }
}
