using AutoMapper;
using Monolith.Modules.Arbitration.Domain;
using Monolith.Modules.Arbitration.Features.GetApplication;
using Monolith.Modules.Arbitration.Features.ListApplications;

namespace Monolith.Modules.Arbitration.Features;

internal sealed class ArbitrationMappingProfile : Profile
{
    public ArbitrationMappingProfile()
    {
        CreateMap<ArbitrationApplication, ApplicationRow>()
            .ForCtorParam(nameof(ApplicationRow.ApplicantName), o => o.MapFrom(a => a.Applicant.Name))
            .ForCtorParam(nameof(ApplicationRow.ApplicantResidentIdNumber), o => o.MapFrom(a => a.Applicant.ResidentIdNumber))
            .ForCtorParam(nameof(ApplicationRow.RespondentName), o => o.MapFrom(a => a.Respondent.Name));
        CreateMap<Worker, WorkerDetails>();
        CreateMap<Employer, EmployerDetails>();
        CreateMap<Claim, ClaimDetails>()
            .ForCtorParam(nameof(ClaimDetails.TypeName), o => o.MapFrom(c => ClaimTypes.ChineseName(c.Type)));
        CreateMap<OneTimeNotice, NoticeDetails>();
        CreateMap<LegalAidReferral, ReferralDetails>()
            .ForCtorParam(nameof(ReferralDetails.StatusName), o => o.MapFrom(r => ArbitrationNames.Referral(r.Status)));
        CreateMap<ArbitrationApplication, ApplicationDetails>()
            .ForCtorParam(nameof(ApplicationDetails.StatusName), o => o.MapFrom(a => ArbitrationNames.Status(a.Status)))
            .ForMember(d => d.Deadlines, o => o.Ignore());
    }
}
