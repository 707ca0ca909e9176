using AutoMapper;
using Monolith.Modules.LegalAid.Domain;
using Monolith.Modules.LegalAid.Features.GetApplication;
using Monolith.Modules.LegalAid.Features.Lawyers;

namespace Monolith.Modules.LegalAid.Features;

internal sealed class LegalAidMappingProfile : Profile
{
    public LegalAidMappingProfile()
    {
        CreateMap<Applicant, ApplicantDetails>();
        CreateMap<MatterClaim, ClaimDetails>();
        CreateMap<Referral, ReferralDetails>();
        CreateMap<Representation, RepresentationDetails>();
        CreateMap<LegalAidApplication, ApplicationDetails>()
            .ForMember(d => d.Deadlines, o => o.Ignore())
            .ForMember(d => d.Eligibility, o => o.Ignore())
            .ForMember(d => d.HardshipStandard, o => o.Ignore())
            .ForMember(d => d.TimeLimits, o => o.Ignore())
            .ForMember(d => d.Requests, o => o.Ignore());
        CreateMap<Lawyer, LawyerView>();
    }
}
