// Validates Kubernetes manifests offline against the Kubernetes API's OpenAPI schemas as
// packaged by kubernetes-models (no cluster, no network): every document of every file given
// must be a known apiVersion/kind and pass its schema (types, required fields, enums, formats).
// Fields the schema does not know are not refused (kubernetes-models' schemas allow them, unlike
// kubectl's strict field validation); DeployManifestsTest pins the fields that matter.
// Usage: node validate.mjs FILE...
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseAllDocuments } from "yaml";

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node validate.mjs FILE...");
  process.exit(2);
}

// kubernetes-models lays its classes out as <group>/<version>/<Kind>.js, the core group as v1/
function modulePath(apiVersion, kind) {
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : [null, apiVersion];
  return group ? `kubernetes-models/${group}/${version}/${kind}` : `kubernetes-models/${version}/${kind}`;
}

let failures = 0;
let checked = 0;
for (const file of files) {
  const documents = parseAllDocuments(readFileSync(file, "utf8"));
  for (const [index, document] of documents.entries()) {
    const where = `${file} (document ${index + 1})`;
    if (document.errors.length > 0) {
      console.error(`${where}: not YAML: ${document.errors[0].message}`);
      failures++;
      continue;
    }
    const object = document.toJS();
    if (object === null || object === undefined) {
      continue;
    }
    const { apiVersion, kind } = object;
    // kustomize's file is no API object: its resources must exist
    if (String(apiVersion).startsWith("kustomize.config.k8s.io/") && kind === "Kustomization") {
      const missing = (object.resources ?? []).filter((r) => !existsSync(join(dirname(file), r)));
      if (missing.length > 0) {
        console.error(`${where}: Kustomization lists missing files: ${missing.join(", ")}`);
        failures++;
      } else {
        console.log(`ok ${where}: Kustomization of ${(object.resources ?? []).length} files`);
      }
      continue;
    }
    let Model;
    try {
      Model = (await import(modulePath(apiVersion, kind)))[kind];
    } catch (e) {
      Model = undefined;
    }
    if (!Model) {
      console.error(`${where}: unknown apiVersion/kind ${apiVersion}/${kind}`);
      failures++;
      continue;
    }
    try {
      new Model(object).validate();
      checked++;
      console.log(`ok ${where}: ${kind} ${object.metadata?.name ?? ""}`);
    } catch (e) {
      console.error(`${where}: ${kind} invalid: ${e.message}`);
      failures++;
    }
  }
}
console.log(`${checked} manifests valid, ${failures} invalid`);
process.exit(failures === 0 ? 0 : 1);
