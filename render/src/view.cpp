#include "skm/view.hpp"

namespace skm::render {

bool parse_view(const std::string& text, ViewSpec& out) {
    ViewSpec v;
    if (text == "structure")
        v.kind = ViewKind::Structure;
    else if (text == "handoffs")
        v.kind = ViewKind::Handoffs;
    else if (text == "escalation")
        v.kind = ViewKind::Escalation;
    else if (text.rfind("process:", 0) == 0 && text.size() > 8) {
        v.kind = ViewKind::Process;
        v.process = text.substr(8);
    } else
        return false;
    out = v;
    return true;
}

std::string view_name(const ViewSpec& v) {
    switch (v.kind) {
    case ViewKind::Structure:
        return "structure";
    case ViewKind::Handoffs:
        return "handoffs";
    case ViewKind::Escalation:
        return "escalation";
    case ViewKind::Process:
        return "process:" + v.process;
    }
    return "structure";
}

} // namespace skm::render

namespace skm::render {

std::string view_title(const Model& m, const ViewSpec& v) {
    const bool sv = v.lang == Lang::Sv;
    std::string what;
    switch (v.kind) {
    case ViewKind::Structure:
        what = sv ? "Strukturkarta" : "Structure map";
        break;
    case ViewKind::Handoffs:
        what = sv ? "Överlämningar" : "Handoffs";
        break;
    case ViewKind::Escalation:
        what = sv ? "Eskaleringsvägar" : "Escalation paths";
        break;
    case ViewKind::Process: {
        const auto* p = find_by_id(m.processes, v.process);
        what = std::string(sv ? "Process: " : "Process: ") + (p ? p->name : v.process);
        break;
    }
    }
    return m.info.name.empty() ? what : m.info.name + " – " + what;
}

} // namespace skm::render

namespace skm::render {

Id group_id(const Id& principal) {
    return "group:" + principal;
}

Id group_principal(const Id& element) {
    return element.rfind("group:", 0) == 0 ? element.substr(6) : Id{};
}

} // namespace skm::render
