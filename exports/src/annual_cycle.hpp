#pragma once
// The annual cycle (årshjul): what happens in the twelve months from the snapshot date — forum
// meetings by their frequency, follow-ups, document reviews and validity ends, planned changes.
// The model records how often a forum meets, not on which days: meeting dates are spread evenly
// over each period (weekdays) and marked as planned, so a steering group fills in the real ones.
#include "skm/lang.hpp"
#include "skm/model.hpp"

#include <string>
#include <vector>

namespace skm::exports {

enum class CycleKind { Meeting, FollowUp, Review, ValidTo, Change, Ends };

struct CycleEvent {
    Date date;
    CycleKind kind = CycleKind::Meeting;
    Id element;
    std::string what;    // "Styrgrupp BUS", "Revidering: BUS-policy"
    bool spread = false; // the day is placed by frequency, not given by the model
};

// The first day of the snapshot's month, and the events of twelve months from it, by date.
Date cycle_start(const Model& m);
std::vector<CycleEvent> annual_cycle(const Model& m, Lang lang);

} // namespace skm::exports
