// RES-01: a grey zone is a need that no agency or several agencies own; it is also run at each
// planned change date so that a reorganisation that leaves a need without owner shows up before
// it happens.
#include "rule_helpers.hpp"

#include <algorithm>
#include <unordered_set>

namespace skm {
namespace {

using namespace rules;

const RuleInfo kInfo{
    .id = "RES-01",
    .family = "RES",
    .title_sv = "Gråzon",
    .title_en = "Grey zone",
    .checks_sv =
        "Varje ansvarsområde (behov eller uppgift) vid bedömningsdatumet. En ägare räknas om dess "
        "period (från/till) omfattar datumet, om ägaren inte är avslutad (enhet med status eller "
        "slutdatum som inte längre är aktiv, funktion med passerat slutdatum, inaktivt forum) och "
        "om ingen förändring med datum senast bedömningsdatumet avslutar den (`ends`, även via "
        "funktionens enhet eller en överordnad enhet). Parter som bara *konsulteras* eller "
        "*informeras* äger inte ansvaret.\n\nRegeln körs även vid varje planerad förändring inom "
        "planeringshorisonten; fynd som bara uppstår då blir *projicerade brister* med "
        "förändringens datum.",
    .checks_en =
        "Every responsibility (need or task) at the evaluation date. An owner counts when its "
        "from/to period covers the date, when the owner has not ended (unit no longer active by "
        "status or end date, role past its end date, inactive forum), and when no change dated on "
        "or before the evaluation date ends it (`ends`, also through the role's unit or a parent "
        "unit). Parties that are only *consulted* or *informed* do not own it.\n\nThe rule is also "
        "run at each planned change date within the planning horizon; findings that only appear "
        "then are *projected findings* carrying the change date.",
    .rationale_sv =
        "I en gråzon har ingen eller flera myndigheter ansvaret; barnet hamnar mellan stolarna "
        "eller flera arbetar parallellt utan att någon tar ansvar för helheten.",
    .rationale_en = "In a grey zone no agency or several agencies hold the responsibility; the "
                    "child falls between the cracks, or several work in parallel and nobody takes "
                    "responsibility for the whole.",
    .source =
        "002 \"Gråzon kallas det område det råder oklarhet om vilken myndighet/verksamhet som har "
        "ansvar … I denna zon har ingen eller flera myndigheter ansvaret\"; 001 \"oklarhet råder "
        "vem som skall utföra behandlingen\", \"BUP säger att det är socialtjänstens problem\"; "
        "Skolverket: \"risk att man arbetar parallellt och att ingen tar ansvar för helheten\"",
    .action_sv = "Utse en ägare för ansvarsområdet (även efter planerade förändringar), och när "
                 "flera delar på det, vem som har huvud- eller samordningsansvaret.",
    .action_en = "Appoint an owner for the responsibility (also after planned changes) and, when "
                 "several share it, who holds the lead or coordinating responsibility.",
    .subs =
        {
            {
                .id = "RES-01a",
                .default_severity = Severity::Error,
                .title_sv = "Ansvar utan ägare",
                .title_en = "Responsibility without owner",
                .when_sv = "ansvarsområdet har ingen ägare (nu eller efter en planerad förändring)",
                .when_en = "the responsibility has no owner (now or after a planned change)",
            },
            {
                .id = "RES-01b",
                .default_severity = Severity::Warning,
                .title_sv = "Delat ansvar utan huvudansvarig",
                .title_en = "Shared responsibility without lead",
                .when_sv = "minst två ägare och ingen huvudansvarig (`lead`), och inte heller "
                           "exakt en ägare med RACI *ansvarar*",
                .when_en =
                    "two or more owners and no lead, nor exactly one owner with RACI *ansvarar*",
                .find_out_sv = "vem som har huvudansvaret",
                .find_out_en = "who holds the lead",
            },
        },
    .example_sv = "\"Behandling vid psykisk ohälsa\" ägs bara av BUP, och en förändring 2020-07-01 "
                  "avslutar BUP-enheten → projicerad RES-01a från och med 2020-07-01.",
    .example_en = "\"Treatment for mental ill-health\" is owned only by BUP, and a change on "
                  "2020-07-01 ends the BUP unit → projected RES-01a from 2020-07-01.",
};

class GreyZoneRule final : public Rule {
  public:
    const RuleInfo& info() const override { return kInfo; }

    bool projects() const override { return true; }

    void check(const RuleContext& ctx, FindingSink& out) const override {
        const Model& m = ctx.model;
        const ModelIndex& ix = ctx.index;
        // Elements that planned (or past) changes end on or before the evaluation date.
        std::unordered_set<Id> ended;
        for (const auto& c : m.changes)
            if (!(ctx.at < c.date))
                for (const auto& e : c.ends)
                    ended.insert(e);
        auto unit_gone = [&](const Id& unit_id) {
            if (ended.count(unit_id)) return true;
            if (const Unit* u = ix.unit(unit_id); u && !ModelIndex::unit_active(*u, ctx.at))
                return true;
            for (const auto& a : ix.ancestors(unit_id))
                if (ended.count(a)) return true;
            return false;
        };
        auto gone = [&](const Id& id) {
            if (ended.count(id)) return true;
            if (ix.unit(id)) return unit_gone(id);
            if (const Role* r = ix.role(id))
                return passed(r->end, ctx.at) || (r->unit.is_set() && unit_gone(r->unit.value()));
            if (const Forum* f = ix.forum(id)) return !ModelIndex::forum_active(*f, ctx.at);
            return false;
        };
        const std::string when_sv = ctx.projected ? "Från och med " + ctx.at.str() + " " : "";
        const std::string when_en = ctx.projected ? "From " + ctx.at.str() + ", " : "";

        for (const auto& r : m.responsibilities) {
            std::vector<Id> owners, former;
            int accountable = 0;
            for (const auto& o : r.owners) {
                if (o.raci.is_set() &&
                    (o.raci.value() == Raci::Konsulteras || o.raci.value() == Raci::Informeras))
                    continue; // consulted or informed parties do not own the need
                const bool current = !(o.from.is_set() && ctx.at < o.from.value()) &&
                                     !passed(o.to, ctx.at) && !gone(o.owner);
                std::vector<Id>& into = current ? owners : former;
                if (std::find(into.begin(), into.end(), o.owner) == into.end())
                    into.push_back(o.owner);
                if (current && o.raci.is_set() && o.raci.value() == Raci::Ansvarar) ++accountable;
            }
            const std::string n = q(ix, r.id);
            if (owners.empty()) {
                std::string sv = (ctx.projected ? when_sv + "har ansvarsområdet " + n
                                                : "Ansvarsområdet " + n + " har") +
                                 " ingen ägare.";
                std::string en = when_en + (ctx.projected ? "responsibility " : "Responsibility ") +
                                 n + " has no owner.";
                std::vector<Id> elements{r.id};
                for (const auto& f : former)
                    if (std::find(owners.begin(), owners.end(), f) == owners.end())
                        elements.push_back(f);
                if (!former.empty()) {
                    sv += " Tidigare ägare: " + q_list(ix, former) + ".";
                    en += " Former owners: " + q_list(ix, former) + ".";
                }
                out.report("RES-01a", std::move(elements), std::move(sv), std::move(en));
                continue;
            }
            if (owners.size() < 2 || accountable == 1) continue;
            if (r.lead.is_set() && !gone(r.lead.value())) continue;
            std::vector<Id> elements{r.id};
            elements.insert(elements.end(), owners.begin(), owners.end());
            out.report("RES-01b", std::move(elements),
                       (ctx.projected ? when_sv + "delar " : "") + q_list(ix, owners) +
                           (ctx.projected ? "" : " delar") + " på ansvarsområdet " + n +
                           " utan att någon har huvudansvaret.",
                       when_en + q_list(ix, owners) + " share responsibility " + n +
                           " and nobody holds the lead.",
                       unknown_if(r.lead.is_unknown()));
        }
    }
};

} // namespace

std::unique_ptr<Rule> make_grey_zone_rule() {
    return std::make_unique<GreyZoneRule>();
}

} // namespace skm
