package org.survivorvoice.privacy.rotation;

/** A rotation was started or resumed on request; the runner continues it after the commit. */
record VaultRotationStarted(long rotationId) {}
