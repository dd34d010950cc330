import type { MeshNote } from './mesh.js';
/** Each rule the port knows, with the Istio function it comes from. */
export declare const ISTIO_WEBHOOK_RULES: {
    readonly 'istio-duration': "A ValidateDuration";
    readonly 'istio-connect-timeout': "A ValidateConnectTimeout";
    readonly 'istio-retry-attempts': "A ValidateHTTPRetry";
    readonly 'istio-retry-disabled': "A ValidateHTTPRetry";
    readonly 'istio-retry-on': "A ValidateHTTPRetry";
    readonly 'istio-locality-exclusive': "A ValidateLocalityLbSetting";
    readonly 'istio-locality-failover': "A ValidateLocalityLbSetting";
    readonly 'istio-failover-outlier': "A ValidateLocalityLbSetting";
    readonly 'istio-traffic-policy-empty': "V validateTrafficPolicy";
    readonly 'istio-outlier-percent': "V validateOutlierDetection";
    readonly 'istio-connection-pool': "V validateConnectionPool";
    readonly 'istio-host': "V ValidateVirtualService, ValidateServiceEntry, validateDestination";
    readonly 'istio-virtual-service-routes': "V ValidateVirtualService";
    readonly 'istio-destination-weight': "V validateHTTPRouteDestinations";
    readonly 'istio-port': "A ValidatePort; V ValidateServiceEntry";
    readonly 'istio-service-entry-endpoint': "V ValidateServiceEntry";
    readonly 'istio-label': "V ValidateServiceEntry (labels.Instance.Validate)";
};
export type IstioWebhookRule = keyof typeof ISTIO_WEBHOOK_RULES;
export interface WebhookFinding extends MeshNote {
    severity: 'error' | 'warning';
}
/**
 * Every webhook rule a generated Istio file breaks, one each, naming the
 * object and field: what istiod would answer Argo CD's apply with.
 */
export declare function istioWebhookFindings(content: string): WebhookFinding[];
