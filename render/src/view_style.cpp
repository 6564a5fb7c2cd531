#include "view_style.hpp"

#include <algorithm>
#include <cstdio>

namespace skm::render::detail {

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
    return 0xFFFFFFFF;
}

std::string principal_type_label(PrincipalType t, Lang lang) {
    switch (t) {
    case PrincipalType::Kommun:
        return tr(lang, "Kommun", "Municipality");
    case PrincipalType::Region:
        return tr(lang, "Region", "Region");
    case PrincipalType::Kommunalforbund:
        return tr(lang, "Kommunalförbund", "Federation");
    case PrincipalType::Stat:
        return tr(lang, "Stat", "State");
    case PrincipalType::Privat:
        return tr(lang, "Privat", "Private");
    case PrincipalType::Ideell:
        return tr(lang, "Ideell", "Non-profit");
    case PrincipalType::Enskild:
        return tr(lang, "Enskild uppdragstagare", "Individual assignee");
    }
    return "?";
}

// Several principals of different types share an element: recorded under a key no principal
// type uses, so the legend can say "several principals".
bool& mixed_used(std::map<PrincipalType, bool>& used) {
    return used[static_cast<PrincipalType>(-1)];
}

void add_principal_legend(ViewGraph& g, const std::map<PrincipalType, bool>& used, Lang lang) {
    for (const auto& [type, yes] : used)
        if (yes && static_cast<int>(type) >= 0)
            g.legend.push_back({principal_type_label(type, lang), principal_fill(type)});
    if (auto it = used.find(static_cast<PrincipalType>(-1)); it != used.end() && it->second)
        g.legend.push_back({tr(lang, "Flera huvudmän", "Several principals"), kMixedFill});
}

void paint_by_principals(VNode& n, const Model& m, const std::vector<Id>& principals,
                         std::map<PrincipalType, bool>& used) {
    std::vector<PrincipalType> types;
    for (const auto& pid : principals)
        if (const auto* p = find_by_id(m.principals, pid))
            if (std::find(types.begin(), types.end(), p->type) == types.end())
                types.push_back(p->type);
    if (types.size() == 1) {
        n.fill = principal_fill(types[0]);
        used[types[0]] = true;
    } else if (types.size() > 1) {
        n.fill = kMixedFill;
        mixed_used(used) = true;
    }
}

void grey_out(VNode& n) {
    n.greyed = true;
    n.fill = kGreyFill;
    n.stroke = kGreyStroke;
    n.text = kGreyText;
    n.style = LineStyle::Dashed;
}

bool inactive(ElementStatus s) {
    return s == ElementStatus::Dormant || s == ElementStatus::Ended;
}

std::vector<Id> principals_of(const Model& m, const Id& actor) {
    if (find_by_id(m.principals, actor)) return {actor};
    if (const auto* u = find_by_id(m.units, actor)) {
        Id p = effective_principal(m, *u);
        return p.empty() ? std::vector<Id>{} : std::vector<Id>{p};
    }
    if (const auto* r = find_by_id(m.roles, actor)) {
        if (r->unit)
            if (const auto* u = find_by_id(m.units, *r->unit)) {
                Id p = effective_principal(m, *u);
                if (!p.empty()) return {p};
            }
        return {};
    }
    if (const auto* f = find_by_id(m.forums, actor)) return f->principals;
    return {};
}

Id level_of_forum(const Model& m, const Id& forum) {
    if (const auto* f = find_by_id(m.forums, forum))
        if (f->level) return *f->level;
    return {};
}

bool actor_inactive(const Model& m, const Id& actor) {
    if (const auto* u = find_by_id(m.units, actor)) return inactive(u->status);
    if (const auto* f = find_by_id(m.forums, actor)) return inactive(f->status);
    if (const auto* r = find_by_id(m.roles, actor)) return r->vacant;
    return false;
}

std::string rgba_hex(Rgba c) {
    char buf[16];
    if ((c & 0xFF) == 0xFF)
        std::snprintf(buf, sizeof buf, "#%06X", static_cast<unsigned>(c >> 8));
    else
        std::snprintf(buf, sizeof buf, "#%08X", static_cast<unsigned>(c));
    return buf;
}

} // namespace skm::render::detail
