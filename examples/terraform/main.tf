# An Auth0 tenant managed with the auth0/auth0 Terraform provider, with findings on purpose (as examples/tenant.yaml):
#   npx a0lint examples/terraform/
# In CI, lint the plan instead (examples/workflows/terraform-plan-check.yml): Terraform resolves the variables.
terraform {
  required_providers {
    auth0 = {
      source  = "auth0/auth0"
      version = "~> 1.28"
    }
  }
}

provider "auth0" {
  domain = var.auth0_domain
}

locals {
  management_api = "https://${var.auth0_domain}/api/v2/"
}

# No subject_type_authorization: Auth0's default user policy allow_all lets every application get user tokens.
resource "auth0_resource_server" "orders" {
  name       = "Orders API"
  identifier = "https://orders.example.com"
}

resource "auth0_resource_server_scopes" "orders" {
  resource_server_identifier = auth0_resource_server.orders.identifier

  scopes {
    name        = "read:orders"
    description = "Read orders"
  }
  scopes {
    name        = "write:orders"
    description = "Create and change orders"
  }
}

resource "auth0_resource_server" "payments" {
  name       = "Payments API"
  identifier = "https://payments.example.com"

  subject_type_authorization {
    user {
      policy = "require_client_grant"
    }
    client {
      policy = "require_client_grant"
    }
  }
}

resource "auth0_client" "storefront" {
  name        = "Storefront"
  app_type    = "spa"
  grant_types = ["authorization_code", "refresh_token"]
  callbacks   = ["https://${var.storefront_host}/callback"]
  web_origins = ["https://${var.storefront_host}"]

  refresh_token {
    rotation_type   = "rotating"
    expiration_type = "expiring"
  }
}

resource "auth0_client" "jobs" {
  for_each    = var.jobs
  name        = each.value.name
  app_type    = "non_interactive"
  grant_types = ["client_credentials"]
}

resource "auth0_client_credentials" "jobs" {
  for_each              = var.jobs
  client_id             = auth0_client.jobs[each.key].id
  authentication_method = "client_secret_post"
}

resource "auth0_client_grant" "jobs_orders" {
  for_each  = var.jobs
  client_id = auth0_client.jobs[each.key].id
  audience  = auth0_resource_server.orders.identifier
  scopes    = each.value.order_scopes
}

# A reporting job that can change client grants can grant itself anything.
resource "auth0_client_grant" "reporting_management_api" {
  client_id = auth0_client.jobs["reporting"].id
  audience  = local.management_api
  scopes    = ["read:users", "update:client_grants"]
}
