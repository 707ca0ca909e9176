using System.Reflection;
using AutoMapper;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Application.Behaviors;
using Monolith.BuildingBlocks.Auditing;
using Monolith.BuildingBlocks.Calendar;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Demo;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Linkage;
using Monolith.BuildingBlocks.Messaging;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Persistence;
using Monolith.BuildingBlocks.Scheduling;
using Monolith.BuildingBlocks.Jobs;
using Monolith.BuildingBlocks.Time;

namespace Monolith.BuildingBlocks;

public static class PlatformServiceCollectionExtensions
{
    /// <summary>
    /// The shared building blocks (MediatR pipeline, persistence, messaging, identity, audit) and every module.
    /// The host calls this once with the explicit list of modules.
    /// </summary>
    public static IServiceCollection AddPlatform(this IServiceCollection services, IConfiguration configuration, IEnumerable<IModule> modules)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var moduleList = modules.ToList();
        services.AddSingleton(new ModuleDirectory(moduleList.Select(m => m.Info)));
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.Section));
        services.AddOptions<PersonalDataOptions>().Bind(configuration.GetSection(PersonalDataOptions.Section));
        services.AddSingleton(sp => PersonalDataKeys.CreateProtector(
            sp.GetRequiredService<IOptions<PersonalDataOptions>>().Value, sp.GetRequiredService<ActiveDatabase>()));
        services.AddOptions<MessagingOptions>().Bind(configuration.GetSection(MessagingOptions.Section));
        services.AddOptions<DeploymentOptions>().Bind(configuration.GetSection(DeploymentOptions.Section));
        services.AddOptions<LocalPolicyOptions>().Bind(configuration.GetSection(LocalPolicyOptions.Section));

        ValidatorOptions.Global.LanguageManager.Culture = new System.Globalization.CultureInfo("zh-CN");
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DeploymentClock>();
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();

        services.AddScoped<UnitOfWorkScope>();
        services.AddScoped<JoinedCommands>();
        services.AddScoped<IdempotencyKey>();
        services.AddScoped<PersonalDataReads>();
        services.AddSingleton<UnwrittenAuditEntries>();
        services.AddScoped<LinkageNumberIssuer>();
        services.AddScoped<IModuleInitializer, LinkageSequenceInitializer>();
        services.AddSingleton<WorkingDayCalendarProvider>();
        services.AddSingleton(sp => new DeadlineCatalogue(
            sp.GetServices<IDeadlineRuleSource>(),
            sp.GetRequiredService<ModuleCatalog>(),
            sp.GetRequiredService<IOptions<LocalPolicyOptions>>(),
            sp.GetRequiredService<IOptions<DeploymentOptions>>()));
        services.AddScoped<DeadlineTracker>();
        services.AddSingleton<DeadlineSweep>();

        services.AddOptions<SchedulingOptions>().Bind(configuration.GetSection(SchedulingOptions.Section));
        services.AddScoped<WorkScheduler>();
        services.AddSingleton<ScheduledCommandTypes>();
        services.AddSingleton<ScheduledWorkDispatcher>();
        services.AddScoped<ScheduledWorkFailures>();
        services.AddScoped<ScheduledWorkJobs>();
        services.AddSingleton<PassGates>();
        services.AddScoped<PlatformJobs>();

        services.AddSingleton<ModuleCatalog>();
        services.AddSingleton<UnitOfWorkResolver>();
        services.AddSingleton<SubscriptionRegistry>();
        services.AddSingleton<WriteGate>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<MessagingInstance>();
        services.AddSingleton<OutboxRelay>();
        services.AddSingleton<InboxProcessor>();
        services.AddSingleton<MessagingMaintenance>();
        services.AddHostedService<MessagingHostedService>();
        services.AddMetrics();
        services.AddSingleton(sp => new Diagnostics.OperationsReadings(
            sp.GetRequiredService<IServiceScopeFactory>(), sp.GetRequiredService<ModuleCatalog>(), sp.GetRequiredService<TimeProvider>()));
        services.AddOptions<Diagnostics.TelemetryOptions>().Bind(configuration.GetSection(Diagnostics.TelemetryOptions.Section));
        services.AddSingleton<Diagnostics.PlatformMetrics>();

        AddMediatorPipeline(services);
        AddOwnedTypes(services, typeof(PlatformServiceCollectionExtensions).Assembly, _ => true);
        services.AddSingleton<AutoMapper.IConfigurationProvider>(sp => CreateMapperConfiguration(sp.GetServices<ModuleRegistration>()));
        services.AddScoped<IMapper>(sp => new Mapper(sp.GetRequiredService<AutoMapper.IConfigurationProvider>(), sp.GetService));

        foreach (var module in moduleList)
        {
            module.Register(services, configuration);
        }

        return services;
    }

    /// <summary>Registers a module's DbContext and its handlers, validators and event handlers. Called from the module's <see cref="IModule.Register"/>.</summary>
    public static IServiceCollection AddModule<TDbContext>(this IServiceCollection services, ModuleInfo info, Assembly assembly, Func<Type, bool>? owns = null)
        where TDbContext : ModuleDbContext
    {
        ArgumentNullException.ThrowIfNull(info);
        var registration = new ModuleRegistration(info, typeof(TDbContext), assembly, owns);
        services.AddSingleton(registration);
        // Contexts are pooled and their options built once (they depend only on singletons). A new context per scope
        // built EF Core's internal service scope each time: a quarter of a registration's allocations, and options built
        // per context another tenth (issue #14, ADR 0088). A pooled context holds no state of its own beyond its options,
        // and one that borrows another's connection is never taken from the pool (AuditLog).
        services.AddDbContextPool<TDbContext>((sp, options) =>
        {
            var database = sp.GetRequiredService<ActiveDatabase>();
            DatabaseProviders.Configure(options, database.Provider, database.ConnectionString, info.Schema);
            if (database.SqliteSynchronous == SqliteSynchronous.Normal)
            {
                options.AddInterceptors(ConnectionOpenedStatement.SqliteNormalSynchronous);
            }

            ((IDbContextOptionsBuilderInfrastructure)options).AddOrUpdateExtension(new PersonalDataProtection(sp.GetRequiredService<PersonalDataProtector>()));
            options.AddInterceptors(new Diagnostics.CommandCounter(sp.GetRequiredService<Diagnostics.PlatformMetrics>(), info.Name));
        });
        AddOwnedTypes(services, assembly, registration.Owns);
        services.AddScoped<IRequestHandler<ListDeadlinesQuery<TDbContext>, Paged<DeadlineView>>, ListDeadlinesHandler<TDbContext>>();
        services.AddScoped<IRequestHandler<ExtendDeadlineCommand<TDbContext>, MediatR.Unit>, ExtendDeadlineHandler<TDbContext>>();
        services.AddSingleton<IValidator<ExtendDeadlineCommand<TDbContext>>, ExtendDeadlineValidator<TDbContext>>();
        return services;
    }

    private static void AddMediatorPipeline(IServiceCollection services)
    {
        services.AddScoped<ServiceFactory>(sp => sp.GetService!);
        services.AddScoped<IMediator, Mediator>();

        // Registration order is nesting order: logging → audit → validation → transaction → handler.
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AuditBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(TransactionBehavior<,>));
    }

    // Generic handlers (the module-scoped platform requests) are registered closed, per module, by AddModule.
    private static void AddOwnedTypes(IServiceCollection services, Assembly assembly, Func<Type, bool> ownedBy)
    {
        Func<Type, bool> owns = t => !t.IsGenericTypeDefinition && ownedBy(t);
        services.Scan(scan => scan.FromAssemblies(assembly)
            .AddClasses(c => c.AssignableTo(typeof(IRequestHandler<,>)).Where(owns), publicOnly: false)
                .AsImplementedInterfaces().WithScopedLifetime()
            // Validators are built once: FluentValidation builds its rules in the constructor, which was a seventh of a
            // registration's allocations when they were scoped (issue #14). So they depend on singletons only, and read
            // the clock inside their rules, never in the constructor.
            .AddClasses(c => c.AssignableTo(typeof(IValidator<>)).Where(owns), publicOnly: false)
                .As(t => t.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>)))
                .WithSingletonLifetime()
            .AddClasses(c => c.AssignableTo(typeof(IIntegrationEventHandler<>)).Where(owns), publicOnly: false)
                .AsSelf().WithScopedLifetime()
            .AddClasses(c => c.AssignableTo<IDeadlineRuleSource>().Where(owns), publicOnly: false)
                .As<IDeadlineRuleSource>().WithSingletonLifetime()
            .AddClasses(c => c.AssignableTo<IDemoDataSeeder>().Where(owns), publicOnly: false)
                .As<IDemoDataSeeder>().WithSingletonLifetime()
            .AddClasses(c => c.AssignableTo<IModuleInitializer>().Where(owns), publicOnly: false)
                .As<IModuleInitializer>().WithScopedLifetime()
            .AddClasses(c => c.AssignableTo<Web.IModuleEndpoint>().Where(owns), publicOnly: false)
                .As<Web.IModuleEndpoint>().WithSingletonLifetime());
    }

    internal static MapperConfiguration CreateMapperConfiguration(IEnumerable<ModuleRegistration> modules) =>
        new(cfg =>
        {
            // AutoMapper 8 offers System.Linq.Enumerable's extension methods as mapping sources by default and calls
            // MakeGenericMethod on each; .NET 10's constrained ones (Enumerable.MaxInteger<T>) then throw for every
            // source type. 8.0 has no public way to opt out and we never map from methods, so empty that list (ADR 0003).
            ((List<MethodInfo>)typeof(Profile).GetField("_sourceExtensionMethods", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(cfg)!).Clear();
            foreach (var profile in modules.SelectMany(m => m.OwnedTypes()).Where(t => typeof(Profile).IsAssignableFrom(t)).Distinct())
            {
                cfg.AddProfile((Profile)Activator.CreateInstance(profile, nonPublic: true)!);
            }
        });
}
