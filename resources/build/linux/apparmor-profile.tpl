# AppArmor profile for Offprint's deb (Ubuntu 23.10 and later restrict unprivileged user namespaces, which
# Chromium's sandbox needs: without this profile the app aborts with "The SUID sandbox helper binary was found,
# but is not configured correctly", electron/electron#42510). electron-builder fills in the names and the deb's
# after-install script loads it when the system's AppArmor supports abi/4.0 (Ubuntu 22.04 runs fine without it).
# It grants the user namespace only: the renderer stays sandboxed.
abi <abi/4.0>,
include <tunables/global>

profile "${executable}" "/opt/${sanitizedProductName}/${executable}" flags=(unconfined) {
  userns,

  # Site-specific additions and overrides. See local/README for details.
  include if exists <local/${executable}>
}
