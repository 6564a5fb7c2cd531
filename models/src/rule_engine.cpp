// Runs the registered rules over a model: severity overrides, waivers, projected findings, and
// isolation of a failing rule (KiCad's ERC keeps going when one check fails; so do we).
#include "skm/rules.hpp"

#include "model_index.hpp"

#include <algorithm>
#include <set>

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

namespace {

class Collector : public FindingSink {
  public:
    Collector(const Rule& rule, const RuleContext& ctx, std::vector<Finding>& out)
        : rule_(rule), ctx_(ctx), out_(out) {}
    void report(const std::string& sub_id, std::vector<Id> elements, std::string sv,
                std::string en) override {
        const SubRuleInfo* s = rule_.info().sub(sub_id);
        report_with(sub_id, s ? s->default_severity : Severity::Warning, std::move(elements),
                    std::move(sv), std::move(en));
    }
    void report_with(const std::string& sub_id, Severity sev, std::vector<Id> elements,
                     std::string sv, std::string en) override {
        Finding f;
        f.rule = rule_.info().id;
        f.sub = sub_id.empty() ? f.rule : sub_id;
        f.severity = sev;
        f.elements = std::move(elements);
        if (f.elements.empty()) f.elements.push_back("model");
        f.message_sv = std::move(sv);
        f.message_en = std::move(en);
        f.projected = ctx_.projected;
        if (ctx_.projected) f.at = ctx_.at;
        out_.push_back(std::move(f));
    }

  private:
    const Rule& rule_;
    const RuleContext& ctx_;
    std::vector<Finding>& out_;
};

int rank(Severity s) {
    return s == Severity::Error ? 0 : s == Severity::Warning ? 1 : 2;
}

} // namespace

CheckResult run_rules(const Model& m) {
    CheckResult result;
    ModelIndex index(m);
    std::vector<Finding> raw;

    auto run_one = [&](const Rule& rule, const RuleContext& ctx) {
        try {
            Collector c(rule, ctx, raw);
            rule.check(ctx, c);
        } catch (const std::exception& e) {
            Finding f;
            f.rule = "rule-error";
            f.sub = "rule-error";
            f.severity = Severity::Error;
            f.elements = {"model"};
            f.message_sv = "Regeln " + rule.info().id + " kunde inte köras: " + e.what();
            f.message_en = "Rule " + rule.info().id + " failed to run: " + e.what();
            raw.push_back(std::move(f));
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
    std::set<std::pair<std::string, Id>> current;
    for (const auto& f : raw)
        current.insert({f.sub, f.element()});
    for (const Date& d : dates) {
        RuleContext ahead{m, index, d, true};
        std::vector<Finding> before;
        before.swap(raw);
        for (const auto& r : all_rules())
            if (r->projects()) run_one(*r, ahead);
        for (auto& f : raw)
            if (current.insert({f.sub, f.element()}).second) before.push_back(std::move(f));
        raw.swap(before);
    }

    // Severity overrides (sub-id beats rule id) and waivers.
    for (auto& f : raw) {
        const RuleSeverityOverride* best = nullptr;
        for (const auto& o : m.rules.severity_overrides) {
            if (o.rule == f.sub)
                best = &o;
            else if (o.rule == f.rule && !best)
                best = &o;
        }
        if (best) {
            if (best->severity == SeverityOverride::Off) continue;
            f.severity = best->severity == SeverityOverride::Error     ? Severity::Error
                         : best->severity == SeverityOverride::Warning ? Severity::Warning
                                                                       : Severity::Info;
        }
        for (const auto& w : m.rules.waivers) {
            if ((w.rule == f.sub || w.rule == f.rule) && w.element == f.element() &&
                waiver_problem(w, Lang::En).empty()) {
                f.waived = true;
                f.waiver_justification = w.justification;
                f.waiver_author = w.author;
                f.waiver_date = w.date;
            }
        }
        result.findings.push_back(std::move(f));
    }
    std::stable_sort(result.findings.begin(), result.findings.end(),
                     [](const Finding& a, const Finding& b) {
                         if (rank(a.severity) != rank(b.severity))
                             return rank(a.severity) < rank(b.severity);
                         if (a.sub != b.sub) return a.sub < b.sub;
                         return a.element() < b.element();
                     });
    return result;
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
