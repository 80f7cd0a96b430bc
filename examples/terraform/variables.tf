variable "auth0_domain" {
  description = "The tenant's canonical domain."
  type        = string
  default     = "example.eu.auth0.com"
}

# No default: a0lint keeps the URLs as written and says it could not check them (terraform-unknown-values).
variable "storefront_host" {
  description = "Where the storefront is served."
  type        = string
}

variable "jobs" {
  description = "Machine-to-machine applications and the Orders API scopes each may use."
  type = map(object({
    name         = string
    order_scopes = list(string)
  }))
  default = {
    fulfilment = {
      name         = "Fulfilment Job"
      order_scopes = ["read:orders", "write:orders"]
    }
    reporting = {
      name         = "Reporting Job"
      order_scopes = ["read:orders", "export:orders"]
    }
  }
}
