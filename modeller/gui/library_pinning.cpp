#include "library_pinning.hpp"

#if defined(__SANITIZE_ADDRESS__)
#include <dlfcn.h>
#include <link.h>

#include <string_view>
#endif

namespace skm::gui {

#if defined(__SANITIZE_ADDRESS__)
namespace {
int pin(struct dl_phdr_info* info, std::size_t, void*) {
    const std::string_view name = info->dlpi_name ? info->dlpi_name : "";
    for (std::string_view part : {"dri/", "libGL", "libgallium", "libLLVM", "libglapi", "libdrm"})
        if (name.find(part) != std::string_view::npos) {
            // RTLD_NOLOAD: only libraries already loaded; RTLD_NODELETE: never unmap them.
            dlopen(info->dlpi_name, RTLD_NOW | RTLD_NOLOAD | RTLD_NODELETE);
            break;
        }
    return 0;
}
} // namespace

void keep_graphics_libraries_loaded() {
    dl_iterate_phdr(pin, nullptr);
}
#else
void keep_graphics_libraries_loaded() {}
#endif

} // namespace skm::gui
