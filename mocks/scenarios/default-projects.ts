// The `default` scenario's projects. Each step is there to show one verdict of "Where this step runs"
// (R10–R14); the comment beside it says which.
import type { DeploymentProcess, Project } from '../../src/api/schemas';
import { ACCOUNT, ENV, POOL } from './default-infrastructure';
import { parentStep, projectWithProcess } from './process-builders';
import type { Rng } from './rng';
import { awsScriptStep, azurePowerShellStep, emailStep, manualStep, packageStep, scriptStep, terraformApplyStep } from './step-kinds';

const AWS = { accountVariable: 'Project.AWS.Account', region: 'us-east-1' };

export function defaultProjects(rng: Rng): { projects: Project[]; deploymentProcesses: DeploymentProcess[] } {
  const all = [
    projectWithProcess(1, 'Octo Pet Shop', 'The customer-facing shop, hosted on Azure App Service.', 12, [
      // Run once on a worker from an explicit pool → Windows Workers.
      scriptStep(rng, { name: 'Back up production database', runOnServer: true, pool: { poolId: POOL.windows }, environments: [ENV.prod],
        body: 'Backup-SqlDatabase -ServerInstance $SqlServer -Database OctoPetShop -BackupFile "OctoPetShop-#{Octopus.Release.Number}.bak"' }),
      // No pool, on behalf of azure-web → each web app's own pool (R12): Azure Workers in Production; the
      // Test web app names none, so the Default Worker Pool.
      azurePowerShellStep(rng, { name: 'Deploy Octo Pet Shop to Azure', roles: ['azure-web'], accountId: ACCOUNT.azure,
        body: 'Publish-AzWebApp -ResourceGroupName #{Azure.ResourceGroup} -Name #{Azure.WebApp} -ArchivePath ./site.zip -Force' }),
      // On behalf of azure-web but with an explicit non-default pool: it keeps Linux Workers (R12).
      scriptStep(rng, { name: 'Smoke test web app', runOnServer: true, roles: ['azure-web'], pool: { poolId: POOL.linux }, syntax: 'Bash',
        body: 'curl --fail --silent "https://#{Azure.WebApp}.azurewebsites.net/health" > /dev/null' }),
      // Runs inside the Octopus Server: no worker needed (R10).
      manualStep(rng, { name: 'Approve production release', environments: [ENV.prod], teamIds: ['teams-managers'],
        instructions: 'Check the smoke test results and the release notes before approving.' }),
      emailStep(rng, { name: 'Notify release channel', to: 'releases@octopetshop.example',
        subject: 'Octo Pet Shop #{Octopus.Release.Number} deployed to #{Octopus.Environment.Name}',
        body: 'Release #{Octopus.Release.Number} is live in #{Octopus.Environment.Name}.' }),
    ]),
    projectWithProcess(2, 'Payments API', 'The payments service, on IIS behind the load balancer.', 7, [
      // Package steps run on the targets themselves (R10).
      packageStep(rng, { name: 'Deploy Payments API', roles: ['web-server'], packageId: 'OctoPetShop.Payments.Api' }),
      // Run on each deployment target: no worker.
      scriptStep(rng, { name: 'Recycle IIS app pool', runOnServer: false, roles: ['web-server'],
        body: 'Restart-WebAppPool -Name "PaymentsApi"' }),
      // Pool chosen by a worker-pool variable, resolved when the deployment is planned.
      scriptStep(rng, { name: 'Run integration tests', runOnServer: true, pool: { variable: 'Project.WorkerPool' },
        body: 'dotnet test ./Payments.IntegrationTests.dll --logger trx' }),
      // No pool → the Default Worker Pool; it has workers, so the built-in worker is not used (R6).
      scriptStep(rng, { name: 'Purge CDN cache', runOnServer: true,
        body: 'Invoke-RestMethod -Method Post -Uri "#{Cdn.PurgeUrl}" -Headers @{ Authorization = "Bearer #{Cdn.Token}" }' }),
      emailStep(rng, { name: 'Email the payments team', to: 'payments-team@octopetshop.example',
        subject: 'Payments API #{Octopus.Release.Number} deployed', body: 'Deployment #{Octopus.Deployment.Id} finished.' }),
      // A step with child steps, for web-server: each child has its own place to run and its own verdict.
      parentStep(rng, { name: 'Warm up web servers', roles: ['web-server'] }, [
        // On each target: no worker.
        scriptStep(rng, { name: 'Warm up IIS', runOnServer: false, body: 'Invoke-WebRequest -UseBasicParsing http://localhost/health' }),
        // On a worker on behalf of each web server, from Linux Workers.
        scriptStep(rng, { name: 'Check TLS certificate expiry', runOnServer: true, pool: { poolId: POOL.linux }, syntax: 'Bash',
          body: 'echo | openssl s_client -connect "#{Octopus.Machine.Hostname}:443" 2>/dev/null | openssl x509 -noout -enddate' }),
      ]),
    ]),
    projectWithProcess(3, 'Cloud Infrastructure', 'Networking and shared AWS resources, managed with Terraform.', 9, [
      terraformApplyStep(rng, { name: 'Apply network Terraform', pool: { poolId: POOL.aws }, ...AWS,
        template: 'resource "aws_vpc" "main" {\n  cidr_block = "10.20.0.0/16"\n  tags = { Name = "octopetshop" }\n}' }),
      // On behalf of cloud regions: us-east-1 names AWS Workers; eu-west-1 names none → Default Worker Pool.
      awsScriptStep(rng, { name: 'Tag EC2 instances', roles: ['cloud-region'], ...AWS,
        body: 'aws ec2 create-tags --resources $(cat instance-ids.txt) --tags Key=Release,Value=#{Octopus.Release.Number}' }),
      // The default pool chosen explicitly, rather than by omission (R11).
      awsScriptStep(rng, { name: 'Rotate S3 access logs', pool: { poolId: POOL.default }, ...AWS,
        body: 'aws s3 mv s3://octopetshop-logs/current/ s3://octopetshop-logs/archive/#{Octopus.Release.Number}/ --recursive' }),
    ]),
    projectWithProcess(4, 'Kubernetes Platform', 'Cluster add-ons for the production AKS cluster.', 4, [
      // On behalf of k8s: the cluster's own pool is the empty Kubernetes Workers → fails, no worker (R14).
      scriptStep(rng, { name: 'Install cluster add-ons', runOnServer: true, roles: ['k8s'], syntax: 'Bash',
        body: 'helm upgrade --install ingress-nginx ingress-nginx/ingress-nginx --namespace ingress --create-namespace' }),
      // Points straight at the empty pool → fails, no worker (R14).
      scriptStep(rng, { name: 'Run cluster diagnostics', runOnServer: true, pool: { poolId: POOL.kubernetes }, syntax: 'Bash',
        body: 'kubectl get nodes -o wide && kubectl get pods --all-namespaces --field-selector=status.phase!=Running' }),
      manualStep(rng, { name: 'Approve cluster upgrade', teamIds: ['teams-platform'],
        instructions: 'Confirm the diagnostics show every node Ready before continuing.' }),
    ]),
    projectWithProcess(5, 'Mobile App', 'The iOS companion app.', 3, [
      // Mac Build Agents has only an unhealthy and a disabled worker → fails, no healthy worker (R14).
      scriptStep(rng, { name: 'Build iOS app', runOnServer: true, pool: { poolId: POOL.mac }, syntax: 'Bash',
        body: 'xcodebuild -workspace OctoPetShop.xcworkspace -scheme OctoPetShop -configuration Release archive' }),
      awsScriptStep(rng, { name: 'Upload build to S3', pool: { poolId: POOL.aws }, ...AWS,
        body: 'aws s3 cp ./build/OctoPetShop.ipa s3://octopetshop-mobile/#{Octopus.Release.Number}/' }),
      emailStep(rng, { name: 'Tell QA a build is ready', to: 'qa@octopetshop.example',
        subject: 'Mobile build #{Octopus.Release.Number} is ready', body: 'Download it from the S3 bucket.' }),
    ]),
  ];
  return { projects: all.map((p) => p.project), deploymentProcesses: all.map((p) => p.process) };
}
