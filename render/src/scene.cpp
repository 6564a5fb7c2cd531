#include "scene.hpp"

#include "diagram_words.hpp"
#include "lookup.hpp"
#include "text_metrics.hpp"
#include "text_wrap.hpp"

#include <algorithm>

namespace skm::render::detail {

const std::string& Scene::legend(const std::string& key, LegendEntry entry) {
    for (const auto& [k, e] : legend_catalog)
        if (k == key) return k;
    entry.is_line = entry.kind == LegendKind::Line;
    legend_catalog.emplace_back(key, std::move(entry));
    return legend_catalog.back().first;
}

double lines_height(const std::vector<Line>& lines) {
    const FontMetrics fm = font_metrics();
    double h = 0;
    for (const auto& l : lines)
        h += l.size * fm.line_height;
    return h;
}

double widest_of(const std::vector<Line>& lines) {
    double w = 0;
    for (const auto& l : lines)
        w = std::max(w, text_width(l.text, l.size, l.bold));
    return w;
}

double place_lines(std::vector<GeoText>& out, const std::vector<Line>& lines, double width,
                   double top, bool centre, double left) {
    const FontMetrics fm = font_metrics();
    double y = top;
    for (const auto& l : lines) {
        GeoText t;
        t.text = l.text;
        t.size = l.size;
        t.bold = l.bold;
        t.color = l.color;
        const double w = text_width(l.text, l.size, l.bold);
        const double h = l.size * fm.line_height;
        t.box = {centre ? left + (width - w) / 2 : left, y, w, h};
        t.baseline = y + l.size * fm.ascent;
        out.push_back(std::move(t));
        y += h;
    }
    return y - top;
}

std::vector<Line> wrapped(std::string_view text, double width, double size, bool bold, Rgba color) {
    std::vector<Line> out;
    for (auto& s : wrap_text(text, width, size, bold))
        out.push_back({std::move(s), size, bold, color});
    return out;
}

Rgba principal_fill(PrincipalType t) {
    switch (t) {
    case PrincipalType::Kommun:
        return 0xCFE2F3FF;
    case PrincipalType::Region:
        return 0xD9EAD3FF;
    case PrincipalType::Kommunalforbund:
        return 0xD0E7E8FF;
    case PrincipalType::Stat:
        return 0xFCE5CDFF;
    case PrincipalType::Privat:
        return 0xF4D6E4FF;
    case PrincipalType::Ideell:
        return 0xFFF2C2FF;
    case PrincipalType::Enskild:
        return 0xE8E8D8FF;
    }
    return kNeutralFill;
}

void add_principal_legend(Scene& s) {
    for (const auto& [type, word] : EnumInfo<PrincipalType>::entries) {
        LegendEntry e;
        e.label = principal_type_label(type, s.lang);
        e.fill = principal_fill(type);
        e.stroke = 0x4A4A4AFF;
        s.legend("ptype:" + std::string(word), e);
    }
    LegendEntry mixed;
    mixed.label = tr(s.lang, "Flera huvudmän", "Several principals");
    mixed.fill = kMixedFill;
    mixed.stroke = 0x4A4A4AFF;
    s.legend("ptype:mixed", mixed);
    LegendEntry grey;
    grey.label = tr(s.lang, "Vilande, upphörd eller vakant", "Dormant, ended or vacant");
    grey.fill = kGreyFill;
    grey.stroke = kGreyStroke;
    grey.style = LineStyle::Dashed;
    s.legend("inactive", grey);
}

Rgba principals_fill(const Lookup& look, const std::vector<Id>& principals,
                     std::string& legend_key) {
    std::vector<PrincipalType> types;
    for (const auto& pid : principals)
        if (const auto* p = look.principal(pid))
            if (std::find(types.begin(), types.end(), p->type) == types.end())
                types.push_back(p->type);
    if (types.size() == 1) {
        legend_key = "ptype:" + std::string(to_word(types[0]));
        return principal_fill(types[0]);
    }
    if (types.size() > 1) {
        legend_key = "ptype:mixed";
        return kMixedFill;
    }
    legend_key.clear();
    return kNeutralFill;
}

void grey_out(Scene& s, SNode& n) {
    (void)s;
    n.greyed = true;
    n.fill = kGreyFill;
    n.stroke = kGreyStroke;
    n.text = kGreyText;
    n.style = LineStyle::Dashed;
    for (auto& t : n.texts)
        t.color = kGreyText;
    std::erase_if(n.legend, [](const std::string& k) { return k.rfind("ptype:", 0) == 0; });
    n.legend.push_back("inactive");
}

} // namespace skm::render::detail
