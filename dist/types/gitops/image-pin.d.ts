/** What a release pins: an image tag or a digest. */
export type Pin = {
    tag: string;
    digest?: undefined;
} | {
    digest: string;
    tag?: undefined;
};
/** The outcome of pinning one file to a release. */
export type PinResult = {
    kind: 'edit';
    field: string;
    before: string | null;
    after: string;
    text: string;
    line: number;
} | {
    kind: 'current';
    current: string;
} | {
    kind: 'problem';
    rule: string;
    message: string;
    line: number;
    current: string | null;
};
/** Pins `image` in a kustomization.yaml: images[].newTag for a tag, images[].digest for a digest. */
export declare function pinKustomize(text: string, image: string, pin: Pin, path: string): PinResult;
/** Pins the image in a Helm values file: image.tag for a tag, image.digest for a digest. */
export declare function pinHelm(text: string, image: string, pin: Pin, path: string): PinResult;
