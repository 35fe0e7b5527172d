# v3-mysql.json as a dtle 3.x/4.x HCL job file.
job "job-v3" {
  datacenters = ["dc1"]

  group "src" {
    task "src" {
      driver = "dtle"
      config {
        ReplicateDoDb = [{
          TableSchema = "shop"
          TableSchemaRename = "shop_copy"
          Tables = [{
            TableName = "orders"
            TableRename = "orders_v2"
            ColumnMapFrom = ["id", "amount", "note"]
            ColumnMapTo = ["id", "total", "note"]
            Where = "amount > 0"
          }, {
            TableRegex = "log_.*"
          }]
        }, {
          TableSchemaRegex = "tenant_[0-9]+"
        }]
        ReplicateIgnoreDb = [{
          TableSchema = "shop"
          Tables = [{ TableName = "tmp" }]
        }, {
          TableSchema = "scratch"
        }]
        SqlFilter = ["NoDMLDelete", "NoDDLDropTable", "NoDDLTruncate"]
        GtidStart = "3e11fa47-71ca-11e1-9e33-c80aa9429562:23"
        ChunkSize = 1000
        GroupMaxSize = 1
        GroupTimeout = 100
        SrcConnectionConfig = {
          Host = "10.0.0.1"
          Port = 3306
          User = "repl"
          Password = "srcpw"
        }
        DestConnectionConfig = {
          Host = "10.0.0.2"
          Port = 3306
          User = "apply"
          Password = "dstpw"
        }
      }
    }
  }

  group "dest" {
    task "dest" {
      driver = "dtle"
      config {
        DestType = "mysql"
        ParallelWorkers = 4
        ForeignKeyChecks = false
        RetryTxLimit = 5
        SetGtidNext = false
        SkipCreateDbTable = true
      }
    }
  }
}
