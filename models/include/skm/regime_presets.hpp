#pragma once
// The regimes (regelverk) the seeds and public sources describe, shipped as data: the editor's
// "new from template" offers them, and the rules read whichever one the model names. A new
// regional agreement is a new entry here or in the model file, never new rule code.
#include "skm/model.hpp"

#include <string>
#include <vector>

namespace skm {

struct RegimePreset {
    Regime regime;
    std::string description_sv, description_en; // one line for a picker
    std::string source;                         // seed or public source of the parameters
};

// The five presets of domain.md §1.5, in the order a picker shows them: SIP national, Västbus
// VGR 2012, BUS Stockholm, I-SIP Strömsund, Norrbus.
const std::vector<RegimePreset>& regime_presets();

// The preset with this regime id, or null.
const RegimePreset* find_regime_preset(const Id& id);

// Presets whose validity covers `at` (an open end counts as still valid).
std::vector<const RegimePreset*> regime_presets_valid_at(const Date& at);

// The national SIP law (SoL 2 kap. 7 §, HSL 16 kap. 4 §): what applies when a model names no
// regional regime.
const Regime& national_sip_regime();

} // namespace skm
