// DOC-01: when services of different principals exchange more than what statute requires, the
// principals need a written, adopted collaboration agreement; between kommun and region it is
// also a legal obligation.
#include "rule_helpers.hpp"

#include <unordered_map>
#include <unordered_set>

namespace skm {
namespace {

using namespace rules;

std::string pair_key(const Id& a, const Id& b) {
    return a < b ? a + '\x1f' + b : b + '\x1f' + a;
}

const RuleInfo kInfo{
    .id = "DOC-01",
    .family = "DOC",
    .title_sv = "Samverkan mellan huvudmän utan överenskommelse",
    .title_en = "Cross-principal collaboration without agreement",
    .checks_sv = "Enheter (eller funktioner i enheter) hos två olika huvudmän som utbyter aktiva "
                 "flöden som inte är lagstadgade (inte anmälan, uppgiftslämnande eller beslut), "
                 "när det inte finns något antaget, skriftligt (inte *muntligt*) dokument om "
                 "samverkan där båda huvudmännen är parter. Ett dokument är ett samverkansdokument "
                 "om dess omfattning (`scope`) innehåller *samverkan*; saknas omfattning räknas "
                 "överenskommelser, samverkansavtal och dokument med minst två parter. Ett fynd "
                 "per huvudmannapar; elementen är de två huvudmännen och flödena.",
    .checks_en =
        "Units (or roles in units) of two different principals exchanging active non-statutory "
        "flows (not report of concern, provision of information or decision) when no adopted, "
        "written (not *oral*) collaboration document has both principals as parties. A document is "
        "a collaboration document when its `scope` includes *samverkan*; with no scope recorded, "
        "agreements, collaboration contracts and documents with two or more parties count. One "
        "finding per principal pair; the elements are the two principals and the flows.",
    .rationale_sv =
        "Samverkan mellan olika huvudmän behöver tydliga överenskommelser om vem som gör vad; utan "
        "dem bygger samarbetet på enskilda personers goda vilja. Mellan kommun och region är en "
        "överenskommelse dessutom lagstadgad för vissa målgrupper.",
    .rationale_en = "Collaboration between principals needs clear agreements on who does what; "
                    "without them it rests on individuals' goodwill. Between municipality and "
                    "region an agreement is also required by law for certain target groups.",
    .source = "001 \"Behov finns av tydliga överenskommelser/riktlinjer för samverkan mellan olika "
              "huvudmän\"; 001 Örebro \"avtal mellan kommun och landsting i Sambaprojektet\"; SoL "
              "5 kap. 8 a § (SFS 2009:981) obligatorisk överenskommelse kommun–landsting",
    .action_sv = "Ta fram en skriftlig samverkansöverenskommelse där båda huvudmännen är parter "
                 "och låt den antas.",
    .action_en = "Draw up a written collaboration agreement with both principals as parties and "
                 "have it adopted.",
    .subs =
        {
            {
                .id = "DOC-01",
                .default_severity = Severity::Error,
                .title_sv = "Huvudmän samverkar utan överenskommelse",
                .title_en = "Principals collaborate without agreement",
                .when_sv = "paret saknar överenskommelse",
                .when_en = "the pair has no agreement",
            },
        },
    .example_sv = "IFO (kommunen) remitterar till BUP (regionen) och det finns ingen "
                  "överenskommelse mellan kommun och region → DOC-01 allvarlig brist på kommunen.",
    .example_en = "IFO (municipality) refers to BUP (region) without a municipality–region "
                  "agreement → DOC-01 error on the municipality.",
};

class CrossPrincipalWithoutAgreementRule final : public Rule {
  public:
    const RuleInfo& info() const override { return kInfo; }

    void check(const RuleContext& ctx, FindingSink& out) const override {
        const Model& m = ctx.model;
        const ModelIndex& ix = ctx.index;
        std::unordered_set<std::string> agreed;
        for (const auto& d : m.documents) {
            if (!is_adopted(d) || !is_written(d) || !has_collaboration_scope(d)) continue;
            for (std::size_t i = 0; i < d.parties.size(); ++i)
                for (std::size_t j = i + 1; j < d.parties.size(); ++j)
                    agreed.insert(pair_key(d.parties[i], d.parties[j]));
        }
        struct Exchange {
            Id a, b;
            std::vector<Id> flows;
        };
        std::vector<Exchange> exchanges;
        std::unordered_map<std::string, std::size_t> by_pair;
        for (const auto& f : m.flows) {
            if (f.status != ElementStatus::Active || is_statutory(f.type)) continue;
            if (!ix.from_unit(f) || !ix.to_unit(f)) continue;
            const Id &pa = ix.from_principal(f), &pb = ix.to_principal(f);
            if (pa.empty() || pb.empty() || pa == pb) continue;
            const std::string key = pair_key(pa, pb);
            if (agreed.count(key)) continue;
            auto [it, fresh] = by_pair.try_emplace(key, exchanges.size());
            if (fresh) exchanges.push_back({pa, pb, {}});
            exchanges[it->second].flows.push_back(f.id);
        }
        for (const auto& x : exchanges) {
            const Principal* a = ix.principal(x.a);
            const Principal* b = ix.principal(x.b);
            const bool public_pair =
                a && b && is_public_principal(a->type) && is_public_principal(b->type);
            std::vector<Id> elements{x.a, x.b};
            elements.insert(elements.end(), x.flows.begin(), x.flows.end());
            out.report_with(
                "DOC-01", public_pair ? Severity::Error : Severity::Warning, std::move(elements),
                q(ix, x.a) + " och " + q(ix, x.b) + " samverkar (" + q_list(ix, x.flows) +
                    ") utan en antagen, skriftlig samverkansöverenskommelse där båda är parter.",
                q(ix, x.a) + " and " + q(ix, x.b) + " collaborate (" + q_list(ix, x.flows) +
                    ") without an adopted, written collaboration agreement with both as parties.");
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_cross_principal_without_agreement_rule() {
    return std::make_unique<CrossPrincipalWithoutAgreementRule>();
}

} // namespace skm
