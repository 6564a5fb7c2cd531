// DOC-03: a governing document nobody owns and nobody reviews goes out of date while the
// structure around it changes; a draft that flows already rely on has no force.
#include "rule_helpers.hpp"

#include <unordered_set>

namespace skm {
namespace {

using namespace rules;

bool is_draft(DocStatus s) {
    return s == DocStatus::Utkast || s == DocStatus::Forslag || s == DocStatus::UnderBearbetning;
}

const RuleInfo kInfo{
    .id = "DOC-03",
    .family = "DOC",
    .title_sv = "Styrdokumentets livscykel ofullständig",
    .title_en = "Agreement lifecycle incomplete",
    .checks_sv = "Alla styrdokument som inte har upphört.",
    .checks_en = "Every governing document that has not ended.",
    .rationale_sv =
        "Ett styrdokument behöver en ägare och en tidpunkt för översyn för att hållas aktuellt när "
        "verksamheterna förändras. Ett dokument vars giltighet har gått ut styr inte längre, och "
        "ett utkast som flöden redan vilar på är inte beslutat.",
    .rationale_en = "A governing document needs an owner and a review point to stay current as the "
                    "services change. A document past its validity no longer governs, and a draft "
                    "that flows already rely on has not been decided.",
    .source = "001 \"politiska övergripande samverkansdokument som revideras regelbundet\"; 002 "
              "BUS policy \"löper till 31/12 2008\"; 000 \"För att samverkansarbetet och "
              "samverkansdokumentet ständigt ska hållas aktuellt krävs kontinuerlig uppföljning\"; "
              "SOSFS 2011:9 via uppfoljningsguiden.se: \"Tydliggör vem som äger och ansvarar för "
              "processerna\", \"hålls uppdaterade\"",
    .action_sv = "Utse dokumentägare, ange giltighetstid eller revideringsdatum/-intervall, "
                 "revidera dokument vars giltighet gått ut och anta utkast som används.",
    .action_en = "Appoint a document owner, state validity or a review date/cycle, revise "
                 "documents past their validity and adopt drafts that are in use.",
    .subs =
        {
            {
                .id = "DOC-03a",
                .default_severity = Severity::Warning,
                .title_sv = "Dokument utan ägare",
                .title_en = "Document without owner",
                .when_sv = "dokumentägare saknas",
                .when_en = "no document owner",
                .find_out_sv = "vem som äger dokumentet",
                .find_out_en = "who owns the document",
            },
            {
                .id = "DOC-03b",
                .default_severity = Severity::Warning,
                .title_sv = "Dokument utan giltighet eller revidering",
                .title_en = "Document without validity or review",
                .when_sv = "varken giltighetstid, revideringsdatum eller revideringsintervall",
                .when_en = "no validity, review date or review cycle",
                .find_out_sv = "till när dokumentet gäller eller när det ska revideras",
                .find_out_en = "until when the document is valid or when it is to be reviewed",
            },
            {
                .id = "DOC-03c",
                .default_severity = Severity::Error,
                .title_sv = "Giltighet eller revideringsdatum passerat",
                .title_en = "Validity or review date passed",
                .when_sv = "giltighetstiden eller revideringsdatumet har passerat (med bara "
                           "intervall: antagningsdatum + intervall)",
                .when_en =
                    "validity or review date has passed (with only a cycle: adoption date + cycle)",
            },
            {
                .id = "DOC-03d",
                .default_severity = Severity::Info,
                .title_sv = "Utkast som används",
                .title_en = "Draft already relied upon",
                .when_sv = "status utkast, förslag eller under bearbetning medan aktiva flöden "
                           "eller processer styrs av dokumentet",
                .when_en = "status draft, proposal or in preparation while active flows or "
                           "processes are governed by it",
            },
        },
    .example_sv = "Alla fyra dokument i Västbus/Göteborg saknar ägare och revideringsdatum → "
                  "DOC-03a och DOC-03b på vart och ett.",
    .example_en = "All four documents in Västbus/Göteborg lack owner and review date → DOC-03a and "
                  "DOC-03b on each.",
};

class AgreementLifecycleIncompleteRule final : public Rule {
  public:
    const RuleInfo& info() const override { return kInfo; }

    void check(const RuleContext& ctx, FindingSink& out) const override {
        const Model& m = ctx.model;
        const ModelIndex& ix = ctx.index;
        std::unordered_set<Id> relied;
        for (const auto& f : m.flows)
            if (f.status == ElementStatus::Active)
                relied.insert(f.governed_by.begin(), f.governed_by.end());
        for (const auto& p : m.processes)
            relied.insert(p.governed_by.begin(), p.governed_by.end());

        for (const auto& d : m.documents) {
            if (d.status == DocStatus::Upphord) continue;
            const std::string n = q(ix, d.id);
            if (!d.owner.is_set())
                out.report("DOC-03a", {d.id}, "Dokumentet " + n + " har ingen dokumentägare.",
                           "Document " + n + " has no owner.", unknown_if(d.owner.is_unknown()));
            if (!d.valid_to.is_set() && !d.review_date.is_set() &&
                !d.review_cycle_months.is_set()) {
                // A cycle in words only ("regelbundet") or any of the three not described is a
                // question (how long, how often?); all three explicitly none is a gap.
                if (d.review_cycle_words.is_set())
                    out.report("DOC-03b", {d.id},
                               "Dokumentet " + n + " revideras \"" + d.review_cycle_words.value() +
                                   "\" men utan angivet datum eller intervall.",
                               "Document " + n + " is reviewed \"" + d.review_cycle_words.value() +
                                   "\" but no date or interval is given.",
                               Basis::Unknown);
                else
                    out.report("DOC-03b", {d.id},
                               "Dokumentet " + n +
                                   " saknar giltighetstid, revideringsdatum och "
                                   "revideringsintervall.",
                               "Document " + n + " has no validity, review date or review cycle.",
                               unknown_if(d.valid_to.is_unknown() || d.review_date.is_unknown() ||
                                          d.review_cycle_months.is_unknown()));
            }
            // With only a cycle, the next review falls one cycle after adoption.
            Maybe<Date> review = d.review_date;
            if (!review.is_set() && d.review_cycle_months.is_set() && d.adopted.is_set())
                review = d.adopted.value().plus_months(d.review_cycle_months.value());
            if (passed(d.valid_to, ctx.at))
                out.report("DOC-03c", {d.id},
                           "Dokumentet " + n + " gällde till " + d.valid_to.value().str() + ".",
                           "Document " + n + " was valid until " + d.valid_to.value().str() + ".");
            else if (passed(review, ctx.at))
                out.report("DOC-03c", {d.id},
                           "Dokumentet " + n + " skulle ha reviderats senast " +
                               review.value().str() + ".",
                           "Document " + n + " was due for review by " + review.value().str() +
                               ".");
            if (is_draft(d.status) && relied.count(d.id))
                out.report("DOC-03d", {d.id},
                           "Dokumentet " + n + " är " + std::string(to_word(d.status)) +
                               " men flöden eller processer vilar redan på det.",
                           "Document " + n + " is a draft (" + std::string(to_word(d.status)) +
                               ") but flows or processes already rely on it.");
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_lifecycle_incomplete_rule() {
    return std::make_unique<AgreementLifecycleIncompleteRule>();
}

} // namespace skm
