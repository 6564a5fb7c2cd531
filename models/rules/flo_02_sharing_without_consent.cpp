// FLO-02: outside the statutory duties, information about a child may cross organisational
// boundaries only with consent or a secrecy-breaking provision. Flows bound to a process step
// are checked by IND-02 (consent on the path), so this rule looks at standalone flows only.
#include "rule_helpers.hpp"

namespace skm {
namespace {

using namespace rules;

class SharingWithoutConsentRule final : public Rule {
  public:
    const RuleInfo& info() const override {
        static const RuleInfo i{
            "FLO-02",
            "FLO",
            "Informationsöverföring utan samtycke eller lagstöd",
            "Information sharing without consent or legal basis",
            "Uppgifter om ett barn får lämnas mellan verksamheter med olika sekretess bara med "
            "samtycke eller stöd i lag. Ett flöde utan något av dem bryter mot sekretessen eller "
            "blir inte av.",
            "Information about a child may pass between services under different secrecy rules "
            "only with consent or a legal basis. A flow with neither breaches secrecy or does not "
            "happen at all.",
            "002 \"Samverkan i individärenden sker när samtycke från de det berör finns … "
            "Samtycket måste vara tydligt utformat\"; 004 \"om familjen samtycker\"; 001 \"Olika "
            "sekretess kan utgöra hinder\"; SoL 2 kap. 7 § (\"om den enskilde samtycker\")",
            "Koppla flödet till ett samtycke (vem ger det, omfattning, tidsgräns), ange "
            "sekretessbrytande lagrum, eller markera flödet som avidentifierat.",
            "Link the flow to a consent (who gives it, scope, time limit), state the "
            "secrecy-breaking provision, or mark the flow as anonymised.",
            {sub_rule("FLO-02", Severity::Error, "Personuppgifter över gräns utan samtycke/lagrum",
                      "Personal data across a boundary without consent/legal basis")}};
        return i;
    }

    void check(const RuleContext& ctx, FindingSink& out) const override {
        const ModelIndex& ix = ctx.index;
        for (const auto& f : ctx.model.flows) {
            if (f.status != ElementStatus::Active || f.step.is_set()) continue; // IND-02's
            if (!tier_is(f.tier, {Tier::I}) || f.anonymised || is_statutory(f.type)) continue;
            // Unknown personal data at the individual tier is treated as personal: that is what
            // individual-level flows carry unless someone has said otherwise.
            if (f.personal_data.is_set() && !f.personal_data.value()) continue;
            if (f.consent.is_set() || f.legal_basis.is_set()) continue;
            const Id pa = ix.principal_of(f.from), pb = ix.principal_of(f.to);
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
                           " without consent or legal basis.");
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_sharing_without_consent_rule() {
    return std::make_unique<SharingWithoutConsentRule>();
}

} // namespace skm
