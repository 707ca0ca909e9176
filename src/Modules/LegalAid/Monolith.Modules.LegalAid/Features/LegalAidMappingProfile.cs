using AutoMapper;
using Monolith.BuildingBlocks.Contracts;
using Monolith.Modules.LegalAid.Domain;
using Monolith.Modules.LegalAid.Features.GetApplication;
using Monolith.Modules.LegalAid.Features.Lawyers;

namespace Monolith.Modules.LegalAid.Features;

internal sealed class LegalAidMappingProfile : Profile
{
    public LegalAidMappingProfile()
    {
        CreateMap<Applicant, ApplicantDetails>();
        CreateMap<MatterClaim, ClaimDetails>()
            .ForCtorParam(nameof(ClaimDetails.KindName), o => o.MapFrom(c => LegalAidNames.ClaimKind(c.Kind)));
        CreateMap<Referral, ReferralDetails>()
            .ForCtorParam(nameof(ReferralDetails.ReferringAgencyName), o => o.MapFrom(r => AgencyNames.Chinese(r.ReferringAgency)));
        CreateMap<LegalAidApplication, ApplicationDetails>()
            .ForMember(d => d.Deadlines, o => o.Ignore());
        CreateMap<Lawyer, LawyerView>();
    }
}
