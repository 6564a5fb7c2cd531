// Runs the registered rules over a model: severity overrides, waivers, projected findings, and
// isolation of a failing rule (KiCad's ERC keeps going when one check fails; so do we).
#include "skm/rules.hpp"

#include "skm/model_index.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <stdexcept>
#include <string_view>
#include <unordered_map>

namespace skm {

const SubRuleInfo* RuleInfo::sub(const std::string& sub_id) const {
    for (const auto& s : subs)
        if (s.id == sub_id) return &s;
    return nullptr;
}

const Id& Finding::element() const {
    static const Id model_id = "model";
    return elements.empty() ? model_id : elements.front();
}

std::size_t CheckResult::count(Severity s, bool include_waived) const {
    return static_cast<std::size_t>(
        std::count_if(findings.begin(), findings.end(), [&](const Finding& f) {
            return f.severity == s && (include_waived || !f.waived);
        }));
}

std::size_t CheckResult::count(Severity s, bool include_waived, Basis basis) const {
    return static_cast<std::size_t>(
        std::count_if(findings.begin(), findings.end(), [&](const Finding& f) {
            return f.severity == s && f.basis == basis && (include_waived || !f.waived);
        }));
}

std::size_t CheckResult::count_questions() const {
    return static_cast<std::size_t>(
        std::count_if(findings.begin(), findings.end(),
                      [](const Finding& f) { return !f.waived && f.basis == Basis::Unknown; }));
}

std::string find_out(const Finding& f, Lang lang) {
    const Rule* r = find_rule(f.sub);
    if (!r) return {};
    const SubRuleInfo* s = r->info().sub(f.sub);
    if (!s) return {};
    return lang == Lang::Sv ? s->find_out_sv : s->find_out_en;
}

namespace {

// What a rule reported, with what it needs to become a finding (its rule, severity, basis and
// date), kept as it is until the findings are in order: a Finding is large, so each is made once,
// in its place.
struct Pending {
    const std::string* rule = nullptr; // the rule's id
    Report report;                     // its sub-rule and elements are never empty
    Severity severity = Severity::Warning;
    Basis basis = Basis::Gap;
    bool projected = false;
    Date at;
    const std::string& sub() const { return report.sub; }
    const Id& element() const { return report.elements.front(); }
};

void make_finding(Finding& f, Pending&& p) {
    f.rule = *p.rule;
    f.sub = std::move(p.report.sub);
    f.severity = p.severity;
    f.elements = std::move(p.report.elements);
    f.message_sv = std::move(p.report.message_sv);
    f.message_en = std::move(p.report.message_en);
    f.basis = p.basis;
    f.projected = p.projected;
    if (p.projected) f.at = p.at;
}

// Turns what a rule reports into findings: the sub-rule's default severity unless the rule says
// otherwise, "model" when no element is named, and the date of a projected run.
class Collector : public FindingSink {
  public:
    Collector(const Rule& rule, const RuleContext& ctx, std::vector<Pending>& out)
        : rule_(rule), ctx_(ctx), out_(out) {}
    void add(Report r) override {
        Pending& p = out_.emplace_back();
        p.rule = &rule_.info().id;
        p.report = std::move(r);
        if (p.report.sub.empty()) p.report.sub = *p.rule;
        // A rule reports many findings of the same sub-rule in a row.
        if (!last_sub_ || last_sub_->id != p.report.sub) last_sub_ = rule_.info().sub(p.report.sub);
        const SubRuleInfo* s = last_sub_;
        p.severity = p.report.severity ? *p.report.severity
                     : s               ? s->default_severity
                                       : Severity::Warning;
        if (p.report.elements.empty()) p.report.elements.push_back("model");
        p.basis = p.report.basis;
        // A finding about an element the map only names (status "nämns") asks about it: nothing
        // the map says about it can be a gap.
        if (ctx_.index.name_only(p.element())) p.basis = Basis::Unknown;
        p.projected = ctx_.projected;
        p.at = ctx_.at;
    }

  private:
    const Rule& rule_;
    const RuleContext& ctx_;
    std::vector<Pending>& out_;
    const SubRuleInfo* last_sub_ = nullptr;
};

int rank(Severity s) {
    return s == Severity::Error ? 0 : s == Severity::Warning ? 1 : 2;
}

} // namespace

std::vector<Finding> run_rule(const Model& m, const std::string& rule_id, const Date& at) {
    const Rule* rule = find_rule(rule_id);
    if (!rule) throw std::out_of_range("no rule " + rule_id + " in the registry");
    ModelIndex index(m);
    RuleContext ctx{m, index, at, !(at == m.info.snapshot)};
    std::vector<Pending> reported;
    Collector c(*rule, ctx, reported);
    rule->check(ctx, c);
    std::vector<Finding> out(reported.size());
    for (std::size_t i = 0; i < reported.size(); ++i)
        make_finding(out[i], std::move(reported[i]));
    return out;
}

std::vector<Finding> run_rule(const Model& m, const std::string& rule_id) {
    return run_rule(m, rule_id, m.info.snapshot);
}

CheckResult run_rules(const Model& m) {
    const ModelIndex index(m);
    return run_rules(index);
}

CheckResult run_rules(const ModelIndex& index) {
    const Model& m = index.model();
    CheckResult result;
    // Room for the findings of a typical map up front (a few per element), so that the list does
    // not move them as it grows. Capacity nobody writes to costs no memory.
    std::vector<Pending> raw;
    raw.reserve(64 + 2 * (m.units.size() + m.roles.size() + m.forums.size() + m.flows.size() +
                          m.documents.size() + m.processes.size() + m.plans.size() +
                          m.responsibilities.size()));

    static const std::string rule_error = "rule-error";
    auto run_one = [&](const Rule& rule, const RuleContext& ctx) {
        try {
            Collector c(rule, ctx, raw);
            rule.check(ctx, c);
        } catch (const std::exception& e) {
            Pending& p = raw.emplace_back();
            p.rule = &rule_error;
            p.report.sub = rule_error;
            p.severity = Severity::Error;
            p.report.elements = {"model"};
            p.report.message_sv = "Regeln " + rule.info().id + " kunde inte köras: " + e.what();
            p.report.message_en = "Rule " + rule.info().id + " failed to run: " + e.what();
        }
    };

    RuleContext now{m, index, m.info.snapshot, false};
    for (const auto& r : all_rules())
        run_one(*r, now);

    // Projected findings: rules that look ahead run again at each planned change date within
    // the planning horizon; only findings not already present today are kept.
    const Date horizon_end = m.info.snapshot.plus_months(m.info.horizon_months);
    std::set<Date> dates;
    for (const auto& c : m.changes)
        if (c.date > m.info.snapshot && !(horizon_end < c.date)) dates.insert(c.date);
    if (!dates.empty()) {
        std::set<std::pair<std::string, Id>> current;
        for (const auto& p : raw)
            current.insert({p.sub(), p.element()});
        for (const Date& d : dates) {
            RuleContext ahead{m, index, d, true};
            std::vector<Pending> before;
            before.swap(raw);
            for (const auto& r : all_rules())
                if (r->projects()) run_one(*r, ahead);
            for (auto& p : raw)
                if (current.insert({p.sub(), p.element()}).second) before.push_back(std::move(p));
            raw.swap(before);
        }
    }

    // Severity overrides (sub-id beats rule id); "off" drops the finding (the kept ones move up
    // in place).
    std::size_t kept = 0;
    for (auto& p : raw) {
        const RuleSeverityOverride* best = nullptr;
        for (const auto& o : m.rules.severity_overrides) {
            if (o.rule == p.sub())
                best = &o;
            else if (o.rule == *p.rule && !best)
                best = &o;
        }
        if (best) {
            if (best->severity == SeverityOverride::Off) continue;
            p.severity = best->severity == SeverityOverride::Error     ? Severity::Error
                         : best->severity == SeverityOverride::Warning ? Severity::Warning
                                                                       : Severity::Info;
        }
        if (&raw[kept] != &p) raw[kept] = std::move(p);
        ++kept;
    }
    raw.erase(raw.begin() + static_cast<std::ptrdiff_t>(kept), raw.end());

    // Sorted by severity, sub-rule and element, otherwise in the order found: the keys are
    // sorted, then each finding is made in its place.
    // Sub-rules by rank of their ids, so that comparing keys rarely compares strings.
    std::map<std::string_view, std::uint32_t> sub_rank;
    for (std::size_t i = 0; i < raw.size(); ++i)
        if (i == 0 || raw[i].sub() != raw[i - 1].sub()) sub_rank.emplace(raw[i].sub(), 0);
    std::uint32_t next = 0;
    for (auto& [sub, r] : sub_rank)
        r = next++;
    // The first 8 bytes of an id as a number that orders as the bytes do (a shorter id padded with
    // zeros), so most comparisons of elements need no string compare; equal prefixes fall back
    // to comparing the ids.
    auto prefix = [](std::string_view s) {
        std::uint64_t p = 0;
        for (std::size_t i = 0; i < 8; ++i)
            p = (p << 8) | (i < s.size() ? static_cast<unsigned char>(s[i]) : 0u);
        return p;
    };
    struct Key {
        int rank;
        std::uint32_t sub;
        std::uint64_t prefix;
        std::string_view element;
        std::uint32_t pos;
    };
    std::vector<Key> keys;
    keys.reserve(raw.size());
    std::uint32_t sub = 0;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (i == 0 || raw[i].sub() != raw[i - 1].sub()) sub = sub_rank.find(raw[i].sub())->second;
        const std::string_view element = raw[i].element();
        keys.push_back(
            {rank(raw[i].severity), sub, prefix(element), element, static_cast<std::uint32_t>(i)});
    }
    // The position breaks ties: the order is that of a stable sort.
    std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
        if (a.rank != b.rank) return a.rank < b.rank;
        if (a.sub != b.sub) return a.sub < b.sub;
        if (a.prefix != b.prefix) return a.prefix < b.prefix;
        if (a.element != b.element) return a.element < b.element;
        return a.pos < b.pos;
    });

    // Waivers and actions by the element they name, in model order: a finding only looks at its
    // own element's entries (the last valid waiver and the last action that match win).
    std::unordered_map<Id, std::vector<const Waiver*>> waivers_of;
    for (const auto& w : m.rules.waivers)
        waivers_of[w.element].push_back(&w);
    std::unordered_map<Id, std::vector<const FindingAction*>> actions_of;
    for (const auto& a : m.rules.actions)
        actions_of[a.element].push_back(&a);
    std::vector<bool> action_present(m.rules.actions.size(), false);

    result.findings.resize(raw.size());
    for (std::size_t k = 0; k < keys.size(); ++k) {
        Finding& f = result.findings[k];
        make_finding(f, std::move(raw[keys[k].pos]));
        if (auto it = waivers_of.find(f.element()); it != waivers_of.end()) {
            for (const Waiver* w : it->second) {
                if ((w->rule == f.sub || w->rule == f.rule) &&
                    waiver_problem(*w, Lang::En).empty()) {
                    f.waived = true;
                    f.waiver_justification = w->justification;
                    f.waiver_author = w->author;
                    f.waiver_date = w->date;
                }
            }
        }
        if (auto it = actions_of.find(f.element()); it != actions_of.end()) {
            const FindingAction* last = nullptr;
            for (const FindingAction* a : it->second) {
                if (a->rule != f.sub && a->rule != f.rule) continue;
                last = a;
                action_present[static_cast<std::size_t>(a - m.rules.actions.data())] = true;
            }
            if (last) f.action = *last;
        }
    }
    for (std::size_t i = 0; i < m.rules.actions.size(); ++i)
        if (!action_present[i]) result.resolved_actions.push_back(m.rules.actions[i]);
    return result;
}

bool action_overdue(const FindingAction& a, const Date& today) {
    return a.status != ActionStatus::Atgardad && a.due.is_set() && a.due.value() < today;
}

std::string waiver_problem(const Waiver& w, Lang lang) {
    auto blank = [](const std::string& s) {
        return std::all_of(s.begin(), s.end(),
                           [](unsigned char c) { return c == ' ' || c == '\t' || c == '\n'; });
    };
    if (blank(w.justification))
        return lang == Lang::Sv ? "Ett undantag kräver en skriftlig motivering."
                                : "A waiver needs a written justification.";
    if (blank(w.author))
        return lang == Lang::Sv ? "Ange vem som beslutade om undantaget."
                                : "Say who decided the waiver.";
    if (w.rule.empty() || w.element.empty())
        return lang == Lang::Sv ? "Undantaget måste ange regel och element."
                                : "The waiver must name a rule and an element.";
    return {};
}

} // namespace skm
