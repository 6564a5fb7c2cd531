// CHG-01: a planned change is announced to the partner principals and the forum seats it empties
// are filled.
#include "rule_helpers.hpp"

#include <algorithm>
#include <memory>
#include <unordered_map>
#include <unordered_set>

namespace skm {
namespace {

using namespace rules;

const RuleInfo kInfo{
    .id = "CHG-01",
    .family = "CHG",
    .title_sv = "Planerad förändring utan information eller ny representation",
    .title_en = "Planned change without notification/reassignment",
    .checks_sv =
        "Planerade förändringar (datum på eller efter ögonblicksbilden). Regeln körs också vid "
        "varje förändringsdatum inom planeringshorisonten (projicerade brister).",
    .checks_en = "Planned changes (dated on or after the snapshot). It also runs at each change "
                 "date within the horizon (projected findings).",
    .rationale_sv = "Huvudmännen ska informera varandra om planerade förändringar, och när en "
                    "verksamhet flyttas eller upphör måste någon annan ta dess plats i forumen.",
    .rationale_en = "Principals must tell each other about planned changes, and when a service "
                    "moves or ends someone else must take its seat in the forums.",
    .source = "002 \"I en väl fungerande samverkan informerar huvudmännen varandra om planerade "
              "förändringar i den egna verksamheten\", \"Från 1 juli måste representationen ske på "
              "annat sätt\"; vardsamverkan.se Västbus \"skyldighet att informera andra huvudmän om "
              "planerade förändringar\"",
    .action_sv =
        "Informera de berörda huvudmännen och ange vem som tar över representationen i forumen.",
    .action_en =
        "Notify the partner principals and state who takes over the representation in the forums.",
    .subs =
        {
            {
                .id = "CHG-01a",
                .default_severity = Severity::Warning,
                .title_sv = "Samverkansparter inte informerade",
                .title_en = "Partner principals not notified",
                .when_sv = "en huvudman som är part i ett styrdokument om de berörda (dokumentet "
                           "täcker enheten eller en överordnad enhet, eller den berörda "
                           "huvudmannen är part) finns inte bland de informerade",
                .when_en = "a principal party to a document about those affected is not among the "
                           "notified",
            },
            {
                .id = "CHG-01b",
                .default_severity = Severity::Warning,
                .title_sv = "Representation inte omfördelad",
                .title_en = "Representation not reassigned",
                .when_sv = "en berörd enhet eller roll (även roller i en berörd enhet) sitter i "
                           "ett aktivt forum, och representationen är inte angiven som omfördelad",
                .when_en = "an affected unit or role (including roles of an affected unit) sits in "
                           "an active forum and representation is not marked as reassigned",
                .find_out_sv = "vem som tar över representationen i forumen",
                .find_out_en = "who takes over the representation in the forums",
            },
        },
    .example_sv = "Östermalm: skolorna lämnar stadsdelsförvaltningen 1 juli; landstinget är part i "
                  "BUS-överenskommelsen men inte informerat → CHG-01a; skolornas plats i det "
                  "gemensamma samarbetsorganet är inte omfördelad → CHG-01b.",
    .example_en = "Östermalm: the schools leave the district administration on 1 July; the county "
                  "council is party to the BUS agreement but not notified → CHG-01a; the schools' "
                  "seat in the joint body is not reassigned → CHG-01b.",
};

// Built once per run so that each change touches only the documents and roles that concern it.
struct ChangeLookup {
    std::unordered_map<Id, std::vector<const Document*>> by_unit, by_forum, general_by_party;
    std::unordered_map<Id, std::vector<Id>> roles_of_unit;

    explicit ChangeLookup(const Model& m) {
        for (const auto& d : m.documents) {
            if (d.status == DocStatus::Upphord) continue;
            // A document that names no coverage binds its parties as a whole.
            if (d.covers_units.empty() && d.covers_forums.empty() && d.covers_processes.empty())
                for (const auto& p : d.parties)
                    general_by_party[p].push_back(&d);
            for (const auto& u : d.covers_units)
                by_unit[u].push_back(&d);
            for (const auto& f : d.covers_forums)
                by_forum[f].push_back(&d);
        }
        for (const auto& r : m.roles)
            if (r.unit.is_set()) roles_of_unit[r.unit.value()].push_back(r.id);
    }

    template <class T>
    static const std::vector<T>& at(const std::unordered_map<Id, std::vector<T>>& m, const Id& id) {
        static const std::vector<T> empty;
        auto it = m.find(id);
        return it == m.end() ? empty : it->second;
    }
};

class ChangeNotificationRule final : public Rule {
  public:
    const RuleInfo& info() const override { return kInfo; }
    bool projects() const override { return true; }

    void check(const RuleContext& ctx, FindingSink& out) const override {
        if (ctx.model.changes.empty()) return;
        const ChangeLookup lookup(ctx.model);
        for (const auto& c : ctx.model.changes) {
            if (c.date < ctx.model.info.snapshot)
                continue; // already happened: not a planned change
            std::vector<Id> affected = c.affected;
            affected.insert(affected.end(), c.ends.begin(), c.ends.end());
            check_notified(ctx, lookup, c, affected, out);
            check_representation(ctx, lookup, c, affected, out);
        }
    }

  private:
    // A fixed-term element ending on its own planned date (a project, a fixed-term post) is no
    // news to the partners: they knew the end date when it started.
    static bool expires_as_planned(const ModelIndex& ix, const Id& id, const Date& date) {
        if (const Unit* u = ix.unit(id))
            return u->temporary && u->end.is_set() && !(date < u->end.value());
        if (const Forum* f = ix.forum(id))
            return f->temporary && f->end.is_set() && !(date < f->end.value());
        if (const Role* r = ix.role(id)) return r->end.is_set() && !(date < r->end.value());
        return false;
    }

    // The documents that concern the change: those covering an affected unit (or a unit above
    // it) or forum, and the general agreements of the affected principals.
    static void check_notified(const RuleContext& ctx, const ChangeLookup& lookup, const Change& c,
                               const std::vector<Id>& affected, FindingSink& out) {
        const ModelIndex& ix = ctx.index;
        std::unordered_set<Id> own_principals;
        std::vector<const Document*> docs;
        auto take = [&](const std::vector<const Document*>& ds) {
            docs.insert(docs.end(), ds.begin(), ds.end());
        };
        for (const auto& id : affected) {
            if (expires_as_planned(ix, id, c.date)) continue;
            if (const Forum* f = ix.forum(id)) {
                take(ChangeLookup::at(lookup.by_forum, f->id));
                own_principals.insert(f->principals.begin(), f->principals.end());
            }
            Id p = ix.principal_of(id);
            if (!p.empty()) own_principals.insert(std::move(p));
            if (const Unit* u = ix.unit_of(id)) {
                take(ChangeLookup::at(lookup.by_unit, u->id));
                for (const auto& a : ix.ancestors(u->id))
                    take(ChangeLookup::at(lookup.by_unit, a));
            }
        }
        for (const auto& p : own_principals)
            take(ChangeLookup::at(lookup.general_by_party, p));

        const std::unordered_set<Id> notified(c.notified.begin(), c.notified.end());
        std::vector<Id> missing;
        std::unordered_set<Id> seen;
        std::unordered_set<const Document*> done;
        for (const Document* d : docs) {
            if (!done.insert(d).second) continue;
            for (const auto& p : d->parties)
                if (!own_principals.count(p) && !notified.count(p) && seen.insert(p).second)
                    missing.push_back(p);
        }
        if (missing.empty()) return;
        std::sort(missing.begin(), missing.end());
        std::vector<Id> elements{c.id};
        elements.insert(elements.end(), missing.begin(), missing.end());
        out.report("CHG-01a", std::move(elements),
                   "Förändringen \"" + c.description + "\" (" + c.date.str() +
                       ") är inte meddelad till " + name_list(ctx.index, missing, "och") +
                       ", som är part i överenskommelser om de berörda.",
                   "The change \"" + c.description + "\" (" + c.date.str() +
                       ") has not been notified to " + name_list(ctx.index, missing, "and") +
                       ", party to agreements about those affected.");
    }

    static void check_representation(const RuleContext& ctx, const ChangeLookup& lookup,
                                     const Change& c, const std::vector<Id>& affected,
                                     FindingSink& out) {
        if (c.representation_reassigned.is_set() && c.representation_reassigned.value()) return;
        const ModelIndex& ix = ctx.index;
        std::vector<Id> seats = affected; // an affected unit also empties its roles' seats
        for (const auto& id : affected) {
            const auto& roles = ChangeLookup::at(lookup.roles_of_unit, id);
            seats.insert(seats.end(), roles.begin(), roles.end());
        }
        // Forums the change closes, or that end as planned by then, have no seat left to fill.
        const std::unordered_set<Id> closing(c.ends.begin(), c.ends.end());
        std::vector<Id> forums;
        std::unordered_set<Id> seen;
        for (const auto& who : seats)
            for (const Forum* f : ix.forums_of_member(who))
                if (ModelIndex::forum_active(*f, ctx.at) && !closing.count(f->id) &&
                    !expires_as_planned(ix, f->id, c.date) && seen.insert(f->id).second)
                    forums.push_back(f->id);
        if (forums.empty()) return;
        std::sort(forums.begin(), forums.end());
        std::vector<Id> elements{c.id};
        elements.insert(elements.end(), forums.begin(), forums.end());
        out.report("CHG-01b", std::move(elements),
                   "Förändringen \"" + c.description + "\" (" + c.date.str() +
                       ") berör representationen i " + name_list(ctx.index, forums, "och") +
                       ", men ingen ny representation är angiven.",
                   "The change \"" + c.description + "\" (" + c.date.str() +
                       ") affects the representation in " + name_list(ctx.index, forums, "and") +
                       ", but no new representation is given.",
                   unknown_if(c.representation_reassigned.is_unknown()));
    }
};

} // namespace

std::unique_ptr<Rule> make_change_notification_rule() {
    return std::make_unique<ChangeNotificationRule>();
}

} // namespace skm
