using AutoMapper;
using Monolith.Modules.Arbitration.Domain;
using Monolith.Modules.Arbitration.Features.GetApplication;
using Monolith.Modules.Arbitration.Features.ListApplications;

namespace Monolith.Modules.Arbitration.Features;

internal sealed class ArbitrationMappingProfile : Profile
{
    public ArbitrationMappingProfile()
    {
        CreateMap<ArbitrationApplication, ApplicationRow>();
        CreateMap<Worker, WorkerDetails>();
        CreateMap<Employer, EmployerDetails>();
        CreateMap<Claim, ClaimDetails>();
        CreateMap<OneTimeNotice, NoticeDetails>();
        CreateMap<LegalAidReferral, ReferralDetails>();
        CreateMap<LinkageReferral, LinkedFromDetails>();
        CreateMap<ArbitrationApplication, ApplicationDetails>()
            .ForMember(d => d.Deadlines, o => o.Ignore());
    }
}
