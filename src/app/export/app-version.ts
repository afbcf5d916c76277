import packageJson from '../../../package.json' with { type: 'json' };

/** The app version stamped into every export's provenance (the package version, as the CLI reports it). */
export const APP_VERSION: string = packageJson.version;
