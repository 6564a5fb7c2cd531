// FLO-02: outside the statutory duties, information about a child may cross organisational
// boundaries only with consent or a secrecy-breaking provision. Flows bound to a process step
// are checked by IND-02 (consent on the path), so this rule looks at standalone flows only.
#include "rule_helpers.hpp"

namespace skm {
namespace {

using namespace rules;

const RuleInfo kInfo{
    .id = "FLO-02",
    .family = "FLO",
    .title_sv = "Informationsöverföring utan samtycke eller lagstöd",
    .title_en = "Information sharing without consent or legal basis",
    .checks_sv = "Ett aktivt, fristående flöde (inte kopplat till ett processteg; sådana "
                 "kontrolleras av IND-02) på nivå I som för personuppgifter (angivet, eller okänt "
                 "– på individnivå antas personuppgifter), inte är avidentifierat, inte är av "
                 "lagstadgad typ (anmälan, uppgiftslämnande, beslut), går mellan huvudmän eller "
                 "sektorer, och varken har samtycke eller lagrum.",
    .checks_en = "An active standalone flow (not bound to a process step; those are IND-02's) at "
                 "tier I that carries personal data (stated, or unknown – assumed at the "
                 "individual tier), is not anonymised, is not of a statutory type (report of "
                 "concern, provision of information, decision), crosses a principal or sector "
                 "boundary, and has neither consent nor legal basis.",
    .rationale_sv = "Uppgifter om ett barn får lämnas mellan verksamheter med olika sekretess bara "
                    "med samtycke eller stöd i lag. Ett flöde utan något av dem bryter mot "
                    "sekretessen eller blir inte av.",
    .rationale_en = "Information about a child may pass between services under different secrecy "
                    "rules only with consent or a legal basis. A flow with neither breaches "
                    "secrecy or does not happen at all.",
    .source = "002 \"Samverkan i individärenden sker när samtycke från de det berör finns … "
              "Samtycket måste vara tydligt utformat\"; 004 \"om familjen samtycker\"; 001 \"Olika "
              "sekretess kan utgöra hinder\"; SoL 2 kap. 7 § (\"om den enskilde samtycker\")",
    .action_sv = "Koppla flödet till ett samtycke (vem ger det, omfattning, tidsgräns), ange "
                 "sekretessbrytande lagrum, eller markera flödet som avidentifierat.",
    .action_en = "Link the flow to a consent (who gives it, scope, time limit), state the "
                 "secrecy-breaking provision, or mark the flow as anonymised.",
    .subs =
        {
            {
                .id = "FLO-02",
                .default_severity = Severity::Error,
                .title_sv = "Personuppgifter över gräns utan samtycke/lagrum",
                .title_en = "Personal data across a boundary without consent/legal basis",
                .when_sv = "villkoren ovan är uppfyllda",
                .when_en = "all of the above hold",
                .find_out_sv =
                    "om flödet för personuppgifter och vilket samtycke eller lagrum det vilar på",
                .find_out_en = "whether the flow carries personal data and which consent or legal "
                               "basis it rests on",
            },
        },
    .example_sv =
        "BUP skickar information om ett barn till IFO utan samtycke eller lagrum → FLO-02.",
    .example_en =
        "BUP sends information about a child to IFO without consent or legal basis → FLO-02.",
};

class SharingWithoutConsentRule final : public Rule {
  public:
    const RuleInfo& info() const override { return kInfo; }

    void check(const RuleContext& ctx, FindingSink& out) const override {
        const ModelIndex& ix = ctx.index;
        for (const auto& f : ctx.model.flows) {
            if (f.status != ElementStatus::Active || f.step.is_set()) continue; // IND-02's
            if (!tier_is(f.tier, {Tier::I}) || f.anonymised || is_statutory(f.type)) continue;
            // Unknown personal data at the individual tier is treated as personal: that is what
            // individual-level flows carry unless someone has said otherwise.
            if (f.personal_data.is_set() && !f.personal_data.value()) continue;
            if (f.consent.is_set() || f.legal_basis.is_set()) continue;
            const Id &pa = ix.from_principal(f), &pb = ix.to_principal(f);
            const Maybe<Sector> sa = ix.sector_of(f.from), sb = ix.sector_of(f.to);
            const bool principal_boundary = !pa.empty() && !pb.empty() && pa != pb;
            const bool sector_boundary = sa.is_set() && sb.is_set() && sa.value() != sb.value();
            if (!principal_boundary && !sector_boundary) continue;
            const std::string boundary_sv =
                principal_boundary ? "mellan huvudmän" : "mellan sektorer";
            const std::string boundary_en =
                principal_boundary ? "between principals" : "between sectors";
            out.report("FLO-02", {f.id},
                       "Flödet " + q(ix, f.id) + " från " + q(ix, f.from) + " till " + q(ix, f.to) +
                           " för personuppgifter " + boundary_sv + " utan samtycke eller lagrum.",
                       "Flow " + q(ix, f.id) + " from " + q(ix, f.from) + " to " + q(ix, f.to) +
                           " carries personal data " + boundary_en +
                           " without consent or legal basis.",
                       unknown_if(f.personal_data.is_unknown() || f.consent.is_unknown() ||
                                  f.legal_basis.is_unknown()));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_sharing_without_consent_rule() {
    return std::make_unique<SharingWithoutConsentRule>();
}

} // namespace skm
